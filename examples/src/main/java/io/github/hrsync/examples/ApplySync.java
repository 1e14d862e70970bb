package io.github.hrsync.examples;

import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.roster.Roster;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * Syncs the roster to both platforms: the guarded JobTicket replace and the HR Feed plan applied
 * with a progress bar, and one summary of both. Each target has its own approval:
 * {@code --approve-jobticket=FINGERPRINT} and {@code --approve-hrfeed=FINGERPRINT} send exactly
 * the plan a guard refused (the refusal prints the flag to add). A refusal or failure on one
 * target does not stop the other. {@code --concurrency=N} sets the HR Feed parallelism
 * (default 4). Exit codes: 0 done, 1 a target failed, 2 bad input, 3 a guard refused.
 */
public final class ApplySync {
  private ApplySync() {}

  /**
   * Runs the sync.
   *
   * @param args optional flags (see {@link Targets})
   */
  public static void main(String[] args) {
    System.exit(Program.run("hrsync apply", args, System.out, ApplySync::mainBody));
  }

  /** The program with its flags read from the targets. */
  static int mainBody(Targets targets, PrintStream out) {
    return run(targets, out, targets.flag("approve-jobticket"), targets.flag("approve-hrfeed"),
        targets.number("concurrency", 4));
  }

  static int run(Targets targets, PrintStream out, @Nullable String approveJobTicket,
      @Nullable String approveHrFeed, int concurrency) {
    RosterSync sync = targets.rosterSync(new ProgressBar(out), concurrency);
    SyncPlan plan = sync.plan(Roster.of(targets.rows()));
    out.print(plan.render());
    SyncReport report = sync.apply(plan, targets.approvals(approveJobTicket, approveHrFeed));
    RunSummary.details(report, sync, out);
    RunSummary.print(report, targets, out);
    return RunSummary.exitCode(report, false);
  }
}
