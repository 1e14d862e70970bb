package io.github.hrsync.examples;

import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.roster.Roster;
import java.io.PrintStream;

/**
 * Dry run: shows what a sync of the roster would do on both platforms, asks both guards for
 * their verdict, and changes nothing. The approval flags of {@link ApplySync} are honoured, so a
 * dry run shows whether an approved run would pass. Exit codes: 0 nothing refused, 3 a guard
 * would refuse, 1 a call failed, 2 bad input; with {@code --detailed-exitcode}, as
 * {@code terraform plan}: 0 no changes, 2 changes present, 1 an error (bad input included), 3 a
 * guard would refuse.
 */
public final class PlanSync {
  private PlanSync() {}

  /**
   * Runs the dry run.
   *
   * @param args optional flags (see {@link Targets})
   */
  public static void main(String[] args) {
    System.exit(Program.run("hrsync plan (dry run)", args, System.out, PlanSync::run));
  }

  static int run(Targets targets, PrintStream out) {
    RosterSync sync = targets.rosterSync(new ProgressBar(out), 1);
    SyncPlan plan = sync.plan(Roster.of(targets.rows()));
    out.print(plan.render());
    SyncReport report = sync.dryRun(plan, targets.approvals(targets.flag("approve-jobticket"),
        targets.flag("approve-hrfeed")));
    RunSummary.details(report, sync, out);
    RunSummary.print(report, targets, out);
    out.println("\nDry run: nothing was changed.");
    return RunSummary.exitCode(report, targets.flag("detailed-exitcode") != null);
  }
}
