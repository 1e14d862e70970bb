package io.github.hrsync.examples;

import io.github.hrsync.sync.ApplyReport;
import io.github.hrsync.sync.HrFeedPlan;
import io.github.hrsync.sync.Roster;
import io.github.hrsync.sync.RosterPreview;
import java.io.PrintStream;

/**
 * The demo: validates the bundled roster, previews and sends the JobTicket roster replace, plans
 * and applies the HR Feed changes with a progress bar, then plans again to show that nothing is
 * left. {@code mvn -B -q -pl examples -am package exec:java -DskipTests -Dmaven.javadoc.skip}
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args optional flags (see {@link Targets})
   */
  public static void main(String[] args) {
    System.exit(Program.run("hrsync demo", args, System.out, Demo::run));
  }

  static int run(Targets targets, PrintStream out) {
    SyncSteps steps = new SyncSteps(targets, out);
    Roster roster = steps.roster(targets.rows());
    RosterPreview preview = steps.previewJobTicket(roster);
    if (preview != null) {
      steps.sendJobTicket(preview, null);
    }
    HrFeedPlan plan = steps.planHrFeed(roster);
    if (plan == null) {
      return Program.OK;
    }
    ApplyReport report = steps.applyHrFeed(plan, null, 4);
    out.println("\n== HR Feed: plan again ==");
    out.print(steps.hrFeedSync().plan(roster).render());
    return report.complete() ? Program.OK : Program.FAILED;
  }
}
