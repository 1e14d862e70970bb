package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.plan.InvalidPlanException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one sync would do to every configured target: per target, its plan with the guard's
 * verdict, or why it could not be planned (a listing that failed). Made by
 * {@link RosterSync#plan}; a value, changed by nothing.
 *
 * @param planId the plan's id, as observers were told it
 * @param rosterDigest the roster's {@link io.github.hrsync.sync.roster.Roster#digest()}
 * @param rosterRows how many employees the roster had
 * @param parts one per configured target, in {@link Target} order
 */
public record SyncPlan(String planId, String rosterDigest, int rosterRows, List<Part> parts) {

  /**
   * Copies the parts.
   *
   * @param planId the plan's id, as observers were told it
   * @param rosterDigest the roster's digest
   * @param rosterRows how many employees the roster had
   * @param parts one per configured target, in {@link Target} order
   */
  public SyncPlan {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(rosterDigest, "rosterDigest");
    parts = List.copyOf(parts);
  }

  /**
   * One target's part.
   *
   * @param target the target
   * @param plan its plan, or {@code null} when it could not be planned
   * @param failure why it could not be planned, or {@code null}
   * @param acrossRuns the guard across runs on the plan's removals with those of recent runs,
   *     or {@code null} when no run log is configured (the guard across runs is off)
   * @param outOfScope how many source rows the target's scope left out (never sent there)
   */
  public record Part(Target target, @Nullable TargetPlan plan, @Nullable String failure,
      @Nullable Verdict acrossRuns, int outOfScope) {
    /**
     * Requires exactly one of plan and failure.
     *
     * @param target the target
     * @param plan its plan, or {@code null} when it could not be planned
     * @param failure why it could not be planned, or {@code null}
     * @param acrossRuns the guard across runs, or {@code null} when it is off
     * @param outOfScope how many source rows the target's scope left out
     */
    public Part {
      Objects.requireNonNull(target, "target");
      if ((plan == null) == (failure == null)) {
        throw new IllegalArgumentException("a part has a plan or a failure, not both or none");
      }
    }

    /**
     * @return the plan's verdict and the guard across runs as one; a refusal no approval passes
     *     when the target could not be planned
     */
    public Verdict verdict() {
      if (plan == null) {
        return Verdict.refused(target.displayName() + " could not be planned: " + failure, false);
      }
      return acrossRuns == null ? plan.verdict() : plan.verdict().and(acrossRuns);
    }
  }

  /**
   * @param target a target
   * @return its plan, when it was configured and could be planned
   */
  public Optional<TargetPlan> plan(Target target) {
    return parts.stream().filter(part -> part.target() == target && part.plan() != null)
        .map(Part::plan).findFirst();
  }

  /**
   * Writes every target's plan and verdict for a person, in target order.
   *
   * @param out where to write
   */
  public void render(Appendable out) {
    for (Part part : parts) {
      TargetPlan.append(out, "\n== " + part.target().displayName() + " ==\n");
      if (part.outOfScope() > 0) {
        TargetPlan.append(out, part.outOfScope() + " source rows are out of this target's "
            + "scope: not sent here.\n");
      }
      TargetPlan plan = part.plan();
      if (plan == null) {
        TargetPlan.append(out, "could not be planned: " + part.failure() + "\n");
        continue;
      }
      plan.render(out);
      Verdict verdict = part.verdict();
      TargetPlan.append(out, verdict.allowed() ? "Guard: within every limit.\n"
          : "Guard: " + verdict.refusal() + (verdict.approvable()
              ? "; approve fingerprint " + plan.fingerprint() + " to apply it anyway.\n"
              : "; no approval can apply it.\n"));
      if (part.acrossRuns() == null && plan.removals() > 0) {
        TargetPlan.append(out, "Guard across runs: off (no run log is configured).\n");
      }
    }
  }

  /**
   * Writes the plan as JSON for a pipeline to read: per target its counts, fingerprint, verdict
   * with every breach, and operations by key with the names of the fields they set (format
   * {@code hrsync.sync-plan.v1}, described in the README). Keys and field names only, never a
   * value; the plan itself is read back from each target's own form, not from this.
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException when writing fails
   */
  public void writeJson(Writer out) {
    SyncPlanJson.write(this, out);
  }

  /**
   * Saves the whole plan to apply later ({@link #load}), as {@code terraform plan -out} does: a
   * ZIP archive (format {@code hrsync.saved-plan.v1}) of each target's plan in its own JSON
   * form, values included. No credentials; a person's data, so keep the file as the export it
   * came from. {@link RosterSync#apply} of the loaded plan sends exactly what was saved, or
   * reports a target that changed since as {@code STALE} and leaves it untouched.
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException when writing fails
   */
  public void save(OutputStream out) {
    SyncPlanFile.save(this, Objects.requireNonNull(out, "out"));
  }

  /**
   * Reads a plan {@link #save} saved.
   *
   * @param in the saved plan; not closed
   * @return the plan
   * @throws InvalidPlanException naming what is wrong, when the file is not a saved plan or a
   *     target's plan in it was edited
   * @throws UncheckedIOException when reading fails
   */
  public static SyncPlan load(InputStream in) {
    return SyncPlanFile.load(Objects.requireNonNull(in, "in"));
  }

  /** @return {@link #writeJson(Writer)} as a string */
  public String toJson() {
    StringWriter json = new StringWriter();
    writeJson(json);
    return json.toString();
  }

  /** @return {@link #render(Appendable)} as a string */
  public String render() {
    StringBuilder text = new StringBuilder();
    render(text);
    return text.toString();
  }
}
