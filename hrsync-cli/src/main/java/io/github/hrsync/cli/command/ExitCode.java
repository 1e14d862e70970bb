package io.github.hrsync.cli.command;

import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.plan.TargetOutcome.Status;

/** The exit codes the README documents, and the one rule that picks one for a run. */
public final class ExitCode {
  /** Done, or nothing to change. */
  public static final int OK = 0;
  /** A target failed (after the SDK's retries) or its plan was stale. */
  public static final int FAILED = 1;
  /** Bad input: flags, config, roster file, roster rows; with --detailed-exitcode: changes. */
  public static final int USAGE = 2;
  /** A guard refused; nothing was sent to that target. */
  public static final int REFUSED = 3;

  private ExitCode() {}

  /**
   * @param report a run's report
   * @param detailed {@code plan --detailed-exitcode}: 2 when there are changes
   * @return 1 when a target failed or was stale, else 3 when a guard refused, else 0 (or 2)
   */
  static int of(SyncReport report, boolean detailed) {
    if (report.any(Status.FAILED) || report.any(Status.STALE)) {
      return FAILED;
    }
    if (report.any(Status.REFUSED)) {
      return REFUSED;
    }
    return detailed && report.any(Status.WOULD_CHANGE) ? USAGE : OK;
  }
}
