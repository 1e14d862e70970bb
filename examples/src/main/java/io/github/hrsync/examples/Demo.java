package io.github.hrsync.examples;

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
    int exit = ApplySync.run(targets, out, null, null, 4);
    if (targets.hrFeed() != null) {
      out.println("\n== HR Feed: plan again ==");
      SyncSteps steps = new SyncSteps(targets, out);
      out.print(steps.hrFeedSync().plan(steps.roster(targets.rows())).render());
    }
    return exit;
  }
}
