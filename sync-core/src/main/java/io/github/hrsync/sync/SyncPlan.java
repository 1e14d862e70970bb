package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one sync would do to every configured target: per target, its plan with the guard's
 * verdict, or why it could not be planned (a listing that failed). Made by
 * {@link RosterSync#plan}; a value, changed by nothing.
 *
 * @param parts one per configured target, in {@link Target} order
 */
public record SyncPlan(List<Part> parts) {

  /**
   * Copies the parts.
   *
   * @param parts one per configured target, in {@link Target} order
   */
  public SyncPlan {
    parts = List.copyOf(parts);
  }

  /**
   * One target's part.
   *
   * @param target the target
   * @param plan its plan, or {@code null} when it could not be planned
   * @param failure why it could not be planned, or {@code null}
   */
  public record Part(Target target, @Nullable TargetPlan plan, @Nullable String failure) {
    /**
     * Requires exactly one of plan and failure.
     *
     * @param target the target
     * @param plan its plan, or {@code null} when it could not be planned
     * @param failure why it could not be planned, or {@code null}
     */
    public Part {
      Objects.requireNonNull(target, "target");
      if ((plan == null) == (failure == null)) {
        throw new IllegalArgumentException("a part has a plan or a failure, not both or none");
      }
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
      TargetPlan plan = part.plan();
      if (plan == null) {
        TargetPlan.append(out, "could not be planned: " + part.failure() + "\n");
        continue;
      }
      plan.render(out);
      TargetPlan.append(out, plan.verdict().allowed() ? "Guard: within every limit.\n"
          : "Guard: " + plan.verdict().refusal() + (plan.verdict().approvable()
              ? "; approve fingerprint " + plan.fingerprint() + " to apply it anyway.\n"
              : "; no approval can apply it.\n"));
    }
  }

  /** @return {@link #render(Appendable)} as a string */
  public String render() {
    StringBuilder text = new StringBuilder();
    render(text);
    return text.toString();
  }
}
