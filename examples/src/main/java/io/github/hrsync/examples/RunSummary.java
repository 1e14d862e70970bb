package io.github.hrsync.examples;

import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.jobticket.JobTicketResult;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the programs add to a {@link SyncReport}: a line per event as it matters to an operator
 * (the refusal and the exact flag that approves it, a failure, JobTicket's progress), the summary
 * with a line per target (one not configured included), and the exit code: 1 when a target
 * failed or was stale, else 3 when a guard refused, else 0 (with {@code --detailed-exitcode} a
 * dry run exits 2 when it found changes, like {@code terraform plan}).
 */
final class RunSummary {
  private RunSummary() {}

  /** Prints what each target's outcome means for the operator, and JobTicket's progress. */
  static void details(SyncReport report, RosterSync sync, PrintStream out) {
    for (TargetOutcome outcome : report.outcomes()) {
      switch (outcome.status()) {
        case REFUSED -> {
          out.println("REFUSED: " + outcome.message());
          out.println("Nothing was sent to " + outcome.target().displayName() + "; "
              + next(outcome) + ".");
        }
        case STALE, FAILED -> out.println("FAILED: " + outcome.message());
        default -> { }
      }
    }
    JobTicketResult sent = report.jobTicket();
    if (sent != null) {
      out.println("Sent: JobTicket accepted " + sent.accepted().employeeCount()
          + " employees (syncId " + sent.accepted().syncId() + "); it processes them in the "
          + "background.");
      progress(sync, sent, out);
    }
    if (report.hrFeed() != null) {
      out.println(report.hrFeed().summary());
    }
  }

  /** How far JobTicket got; a failure here does not make the accepted sync a failure. */
  private static void progress(RosterSync sync, JobTicketResult sent, PrintStream out) {
    try {
      var progress = sync.progress(sent);
      out.println("Processed so far: " + progress.processed() + "/" + progress.expected()
          + " employees show this syncId.");
    } catch (ApiException e) {
      out.println("Could not read the progress (" + e.getMessage() + "); the sync itself was "
          + "accepted.");
    }
  }

  /** Prints the summary: one line per target, and where the run is recorded. */
  static void print(SyncReport report, Targets targets, PrintStream out) {
    out.println("\n== Summary ==");
    for (Target target : Target.values()) {
      Optional<TargetOutcome> outcome = report.outcome(target);
      out.println("  " + target.displayName() + ": " + outcome.map(RunSummary::line)
          .orElse("skipped (no --" + target.key() + "-url)"));
    }
    Path log = targets.runLogDirectory();
    out.println(log == null ? "Run " + report.runId() + " was not recorded (no --run-log=DIR)."
        : "Recorded as run " + report.runId() + " in " + log + " (History --run-log=" + log
            + " --run=" + report.runId() + " shows it).");
  }

  private static String line(TargetOutcome outcome) {
    return switch (outcome.status()) {
      case REFUSED -> "refused, nothing sent; " + next(outcome);
      case STALE, FAILED -> "failed: " + outcome.message();
      default -> outcome.message();
    };
  }

  /** The operator's next step after a refusal: the exact flag, or that none can pass it. */
  private static String next(TargetOutcome outcome) {
    return outcome.approvable()
        ? "to send this exact plan anyway, run again with --approve-" + outcome.target().key()
            + "=" + outcome.fingerprint()
        : "no approval can send it";
  }

  static int exitCode(SyncReport report, boolean detailed) {
    if (report.any(Status.FAILED) || report.any(Status.STALE)) {
      return Program.FAILED;
    }
    if (report.any(Status.REFUSED)) {
      return Program.REFUSED;
    }
    return detailed && report.any(Status.WOULD_CHANGE) ? Program.CHANGES : Program.OK;
  }
}
