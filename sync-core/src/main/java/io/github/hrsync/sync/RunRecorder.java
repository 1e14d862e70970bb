package io.github.hrsync.sync;

import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.internal.RunLines;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes one run's record to the run log as the run goes: its first line before anything is
 * sent (a log that cannot take it fails the run before any change), a line per target, per
 * operation and per outcome, and its last line. Without a run log it writes nothing. Every
 * write that fails throws, so that the run stops before its next write.
 */
final class RunRecorder {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final @Nullable RunLog log;
  private final Clock clock;
  private final String runId;
  private final boolean values;
  private final Set<Target> targets = EnumSet.noneOf(Target.class);

  RunRecorder(@Nullable RunLog log, Clock clock, SyncPlan plan, boolean dryRun,
      boolean values) {
    this.log = log;
    this.clock = clock;
    this.values = values;
    this.runId = newId(clock);
    write(true, RunLines.run(runId, clock.instant(), dryRun, plan.rosterDigest(),
        plan.rosterRows()));
  }

  /** @return a new id that sorts by time: {@code 20261202T031500Z-3fa9c1d2} */
  static String newId(Clock clock) {
    byte[] random = new byte[4];
    RANDOM.nextBytes(random);
    return ID_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(random);
  }

  String runId() {
    return runId;
  }

  /**
   * Records a target's plan, the verdict enforced ({@code null} when none was computed) and the
   * approval offered, with whether it was used; once per target and run.
   */
  void target(TargetPlan plan, String scope, @Nullable Verdict verdict,
      @Nullable Approval approval, boolean approvalUsed) {
    targets.add(plan.target());
    write(false, RunLines.target(runId, new TargetRecord(plan.target(), scope, plan.fingerprint(),
        plan.adds(), plan.changes(), plan.removals(), verdict, approval, approvalUsed, List.of(),
        null, null)));
  }

  /** @return whether the target's line is written */
  boolean recorded(Target target) {
    return targets.contains(target);
  }

  /** Records that a removing operation is about to be sent: it may happen from now on. */
  void intent(Target target, String kind, String key) {
    write(false, RunLines.intent(runId, target, kind, key));
  }

  void operation(Target target, OperationRecord operation) {
    write(false, RunLines.operation(runId, target, operation));
  }

  void outcome(TargetOutcome outcome) {
    String message = outcome.status() == TargetOutcome.Status.FAILED && !values
        ? "failed (the failure's text is recorded only with recordValues)" : outcome.message();
    write(false, RunLines.outcome(runId, outcome.target(), outcome.status(), message));
  }

  void end() {
    write(false, RunLines.end(runId, clock.instant()));
  }

  private void write(boolean first, String line) {
    if (log != null) {
      log.append(runId, first, line);
    }
  }
}
