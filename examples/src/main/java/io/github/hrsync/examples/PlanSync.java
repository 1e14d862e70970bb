package io.github.hrsync.examples;

import io.github.hrsync.sync.HrFeedPlan;
import io.github.hrsync.sync.Roster;
import java.io.PrintStream;

/** Dry run: shows what a sync of the roster would do on both platforms, and changes nothing. */
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
    SyncSteps steps = new SyncSteps(targets, out);
    Roster roster = steps.roster(targets.rows());
    steps.previewJobTicket(roster);
    HrFeedPlan plan = steps.planHrFeed(roster);
    if (plan != null) {
      plan.checkGuard(io.github.hrsync.sync.SafetyGuard.defaults(), null);
    }
    out.println("\nDry run: nothing was changed.");
    return Program.OK;
  }
}
