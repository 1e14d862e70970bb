package io.github.hrsync.examples;

import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.roster.Roster;
import java.io.PrintStream;

/**
 * What happens when an export is cut short: only the first 10 rows of the roster reach the sync.
 * Both guards are asked, and say how to approve the exact plan if the shrink is real. A
 * demonstration: it never sends or applies anything, whatever the guards decide. Exits 3 when a
 * guard refuses, 0 when both would let the shrink through.
 */
public final class GuardTrip {
  private GuardTrip() {}

  /**
   * Runs the truncated dry run.
   *
   * @param args optional flags (see {@link Targets})
   */
  public static void main(String[] args) {
    System.exit(Program.run("hrsync guard trip", args, System.out, GuardTrip::run));
  }

  static int run(Targets targets, PrintStream out) {
    Roster truncated = Roster.of(targets.rows().subList(0, Math.min(10, targets.rows().size())));
    out.println("A truncated export: only " + truncated.size() + " of " + targets.rows().size()
        + " rows. Nothing is sent, whatever the guards say.");
    RosterSync sync = targets.rosterSync(new ProgressBar(out), 1);
    SyncPlan plan = sync.plan(truncated);
    out.print(plan.render());
    SyncReport report = sync.dryRun(plan, Approvals.none());
    RunSummary.details(report, sync, out);
    RunSummary.print(report, targets, out);
    return RunSummary.exitCode(report, false);
  }
}
