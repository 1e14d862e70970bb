package io.github.hrsync.examples;

import io.github.hrsync.sync.HrFeedPlan;
import io.github.hrsync.sync.Roster;
import io.github.hrsync.sync.RosterPreview;
import io.github.hrsync.sync.SafetyGuard;
import java.io.PrintStream;

/**
 * What happens when an export is cut short: only the first 10 rows of the roster reach the sync.
 * Both guards refuse before anything is sent, and say how to approve the exact plan if the
 * shrink is real.
 */
public final class GuardTrip {
  private GuardTrip() {}

  /**
   * Runs the truncated sync.
   *
   * @param args optional flags (see {@link Targets})
   */
  public static void main(String[] args) {
    System.exit(Program.run("hrsync guard trip", args, System.out, GuardTrip::run));
  }

  static int run(Targets targets, PrintStream out) {
    SyncSteps steps = new SyncSteps(targets, out);
    Roster truncated = steps.roster(targets.rows().subList(0, Math.min(10,
        targets.rows().size())));
    out.println("A truncated export: only " + truncated.size() + " of " + targets.rows().size()
        + " rows.");
    RosterPreview preview = steps.previewJobTicket(truncated);
    if (preview != null) {
      refused(out, () -> steps.sendJobTicket(preview, null));
    }
    HrFeedPlan plan = steps.planHrFeed(truncated);
    if (plan != null) {
      refused(out, () -> plan.checkGuard(SafetyGuard.defaults(), null));
    }
    return Program.REFUSED;
  }

  private static void refused(PrintStream out, Runnable step) {
    try {
      step.run();
      out.println("(not refused: the guard allows this shrink)");
    } catch (io.github.hrsync.sync.MassRemovalRefusedException e) {
      out.println("REFUSED: " + e.getMessage());
    }
  }
}
