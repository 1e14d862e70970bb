package io.github.hrsync.sync.audit;

import io.github.hrsync.sync.plan.Target;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The record of one run of {@code RosterSync.apply} or {@code dryRun}: when it ran, which roster
 * (by digest and row count, never its content), and per target the plan's fingerprint and
 * counts, the guard's verdict, the approval used, every operation and the outcome. A run killed
 * before its end is read back {@linkplain #complete() incomplete}, with what it had recorded.
 *
 * @param runId the run's id
 * @param startedAt when the run began
 * @param finishedAt when it ended, {@code null} when it never did (killed, or still running)
 * @param dryRun whether it was a dry run, which writes nothing
 * @param rosterDigest the SHA-256 of the roster's rows, to tell one export from another
 * @param rosterRows how many employees the roster had
 * @param targets one per configured target, in the order they ran
 */
public record RunRecord(String runId, Instant startedAt, @Nullable Instant finishedAt,
    boolean dryRun, String rosterDigest, int rosterRows, List<TargetRecord> targets) {

  /**
   * Copies the targets.
   *
   * @param runId the run's id
   * @param startedAt when the run began
   * @param finishedAt when it ended, {@code null} when it never did
   * @param dryRun whether it was a dry run
   * @param rosterDigest the SHA-256 of the roster's rows
   * @param rosterRows how many employees the roster had
   * @param targets one per configured target, in the order they ran
   */
  public RunRecord {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(rosterDigest, "rosterDigest");
    targets = List.copyOf(targets);
  }

  /** @return whether the run reached its end; a killed run did not */
  public boolean complete() {
    return finishedAt != null;
  }

  /**
   * @param target a target
   * @return its part of the run, when it was configured
   */
  public Optional<TargetRecord> target(Target target) {
    return targets.stream().filter(part -> part.target() == target).findFirst();
  }
}
