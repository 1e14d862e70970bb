package io.github.hrsync.cli.command;

import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.jobticket.JobTicketResult;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import java.io.PrintStream;
import java.util.Optional;

/**
 * What a run means to an operator, after its report: the refusal and the exact flag that
 * approves it, a failure, JobTicket's progress, and a summary line per target.
 */
final class RunText {
  private RunText() {}

  /**
   * Prints what each outcome means, JobTicket's progress and the summary.
   *
   * @param report the run's report
   * @param sync the sync that ran it (JobTicket's progress is read through it)
   * @param out where to print
   * @param recorded whether the run log recorded the run
   */
  static void print(SyncReport report, RosterSync sync, PrintStream out, boolean recorded) {
    for (TargetOutcome outcome : report.outcomes()) {
      switch (outcome.status()) {
        case REFUSED -> out.println("REFUSED: " + outcome.message() + "\nNothing was sent to "
            + outcome.target().displayName() + "; " + next(outcome) + ".");
        case STALE, FAILED -> out.println("FAILED: " + outcome.message());
        default -> { }
      }
    }
    JobTicketResult sent = report.jobTicket();
    if (sent != null) {
      out.println("Sent: JobTicket accepted " + sent.accepted().employeeCount()
          + " employees (syncId " + sent.accepted().syncId() + "); it processes them in the "
          + "background.");
      try {
        var progress = sync.progress(sent);
        out.println("Processed so far: " + progress.processed() + "/" + progress.expected()
            + " employees show this syncId.");
      } catch (ApiException e) {
        out.println("Could not read the progress (" + e.getMessage() + "); the sync itself "
            + "was accepted.");
      }
    }
    if (report.hrFeed() != null) {
      out.println(report.hrFeed().summary());
    }
    out.println("\n== Summary ==");
    for (Target target : Target.values()) {
      Optional<TargetOutcome> outcome = report.outcome(target);
      out.println("  " + target.displayName() + ": " + outcome.map(RunText::line)
          .orElse("not configured"));
    }
    out.println(recorded ? "Recorded as run " + report.runId() + " (hrsync history "
        + report.runId() + " shows it)." : "Run " + report.runId() + " was not recorded.");
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
        ? "to send this exact plan anyway, run hrsync apply --approve " + outcome.target().key()
            + "=" + outcome.fingerprint()
        : "no approval can send it";
  }
}
