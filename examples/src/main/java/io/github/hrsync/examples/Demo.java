package io.github.hrsync.examples;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.Roster;

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
    targets.rosterSync(new ProgressBar(out), 1).plan(Roster.of(targets.rows()))
        .plan(Target.HR_FEED).ifPresent(again -> {
          out.println("\n== HR Feed: plan again ==");
          out.print(again.render());
        });
    return exit;
  }
}
