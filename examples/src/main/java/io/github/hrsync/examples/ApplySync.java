package io.github.hrsync.examples;

import io.github.hrsync.sync.Roster;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * Syncs the roster to both platforms: the guarded JobTicket replace, then the HR Feed plan
 * applied with a progress bar, and one summary of both. Each target has its own approval:
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
    SyncSteps steps = new SyncSteps(targets, out);
    Roster roster = steps.roster(targets.rows());
    RunSummary summary = new RunSummary();
    steps.jobTicket(roster, true, approveJobTicket, summary);
    steps.hrFeed(roster, true, approveHrFeed, concurrency, summary);
    summary.print(out);
    return summary.exitCode(false);
  }
}
