package io.github.hrsync.examples;

import io.github.hrsync.sync.ApplyReport;
import io.github.hrsync.sync.HrFeedPlan;
import io.github.hrsync.sync.Roster;
import io.github.hrsync.sync.RosterPreview;
import java.io.PrintStream;

/**
 * Syncs the roster to both platforms: the guarded JobTicket replace, then the HR Feed plan
 * applied with a progress bar and a summary. {@code --approve=FINGERPRINT} sends a plan the
 * guard refused; {@code --concurrency=N} sets the HR Feed parallelism (default 4).
 */
public final class ApplySync {
  private ApplySync() {}

  /**
   * Runs the sync.
   *
   * @param args optional flags (see {@link Targets})
   */
  public static void main(String[] args) {
    System.exit(Program.run("hrsync apply", args, System.out,
        (targets, out) -> run(targets, out, targets.flag("approve"),
            targets.number("concurrency", 4))));
  }

  static int run(Targets targets, PrintStream out, String approved, int concurrency) {
    SyncSteps steps = new SyncSteps(targets, out);
    Roster roster = steps.roster(targets.rows());
    RosterPreview preview = steps.previewJobTicket(roster);
    if (preview != null) {
      steps.sendJobTicket(preview, approved);
    }
    HrFeedPlan plan = steps.planHrFeed(roster);
    if (plan == null || plan.isEmpty()) {
      return Program.OK;
    }
    ApplyReport report = steps.applyHrFeed(plan, approved, concurrency);
    return report.complete() ? Program.OK : Program.FAILED;
  }
}
