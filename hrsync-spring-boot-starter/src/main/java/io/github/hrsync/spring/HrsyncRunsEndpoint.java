package io.github.hrsync.spring;

import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.plan.Approval;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/hrsync}: the recent runs of the run log, newest first, read-only: ids, times,
 * outcomes, counts, fingerprints and who approved; never a person's data, nor an operation's
 * keys or a message.
 */
@Endpoint(id = "hrsync")
public final class HrsyncRunsEndpoint {
  private static final int RECENT = 20;
  private final RunLog runLog;

  /** @param runLog the run log */
  public HrsyncRunsEndpoint(RunLog runLog) {
    this.runLog = runLog;
  }

  /**
   * One run.
   *
   * @param runId its id
   * @param startedAt when it started
   * @param finishedAt when it ended, or {@code null} when it never did
   * @param dryRun whether it sent nothing
   * @param rosterRows how many rows the roster had
   * @param targets per target its outcome
   */
  public record Run(String runId, Instant startedAt, @Nullable Instant finishedAt,
      boolean dryRun, int rosterRows, List<Target> targets) {}

  /**
   * One target of a run.
   *
   * @param target the target's key
   * @param status how it ended, or {@code null} when it never did
   * @param fingerprint the plan's fingerprint
   * @param adds records added
   * @param changes records changed
   * @param removals records removed
   * @param approvedBy who approved, when an approval was used
   */
  public record Target(String target, @Nullable String status, @Nullable String fingerprint,
      int adds, int changes, int removals, @Nullable String approvedBy) {}

  /** @return the last 20 runs, newest first */
  @ReadOperation
  public List<Run> runs() {
    return new RunHistory(runLog).recent(RECENT).stream().map(HrsyncRunsEndpoint::run).toList();
  }

  private static Run run(RunRecord run) {
    return new Run(run.runId(), run.startedAt(), run.finishedAt(), run.dryRun(),
        run.rosterRows(), run.targets().stream().map(HrsyncRunsEndpoint::target).toList());
  }

  private static Target target(TargetRecord target) {
    Approval approval = target.approval();
    return new Target(target.target().key(), target.status() == null ? null
        : target.status().name(), target.fingerprint(), target.adds(), target.changes(),
        target.removals(), approval != null && target.approvalUsed() ? approval.approvedBy()
            : null);
  }
}
