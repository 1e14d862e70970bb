package io.github.hrsync.sync;

import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.internal.RunLines.WindowTally;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guard across runs: a plan's removals added to those the runs of a rolling window made,
 * against the guard's removal limit of the records there were at the window's start (those there
 * are now and those removed since). So an export that shrinks a little every run cannot
 * offboard a company a fifth at a time. A run whose plan an approval let through acknowledges
 * the window up to it: later runs are measured from the state it left, so an approved reorg
 * does not make every ordinary night after it need an approval, while a drip of unapproved
 * removals after it is summed and refused as before. A plan that removes nothing is never
 * refused by it.
 */
final class RemovalWindow {
  /** The most runs read back: a sync that runs every minute for a month stays well within. */
  static final int MAX_RUNS = 50_000;
  /** The most run ids a refusal names. */
  private static final int NAMED_RUNS = 5;

  private final RunLog log;
  private final Duration window;
  private final SafetyGuard guard;
  private final Clock clock;

  RemovalWindow(RunLog log, Duration window, SafetyGuard guard, Clock clock) {
    this.log = log;
    this.window = window;
    this.guard = guard;
    this.clock = clock;
  }

  /**
   * @param plan a plan
   * @param scope the instance of its target the plan is for
   * @return the verdict on its removals with those of the window's runs
   */
  Verdict verdict(TargetPlan plan, String scope) {
    if (plan.removals() == 0) {
      return Verdict.ALLOWED;
    }
    Instant since = clock.instant().minus(window);
    WindowTally tally = new WindowTally(plan.target(), scope);
    log.readRecent(MAX_RUNS, tally::accept);
    List<WindowTally.Run> summed = new ArrayList<>();
    WindowTally.Run approved = null;
    int removed = 0;
    for (WindowTally.Run run : tally.runs()) {
      if (run.startedAt().isBefore(since)) {
        continue;
      }
      if (run.approved()) {
        approved = run;
        summed.clear();
        removed = 0;
      } else if (run.removed() > 0) {
        summed.add(run);
        removed += run.removed();
      }
    }
    if (removed == 0) {
      return Verdict.ALLOWED;
    }
    int base = plan.guardBase() + removed;
    int limit = guard.limit(Dimension.REMOVALS, base);
    int total = removed + plan.removals();
    if (total <= limit) {
      return Verdict.ALLOWED;
    }
    String from = approved == null ? "in the last " + window.toDays() + " days"
        : "since the approved run " + approved.runId();
    return new Verdict(false, true, String.format(Locale.ROOT, "refusing to remove %s more: "
        + "with the %d that %s %s removed (%s), that is %d of %d records (%.0f %%) within the "
        + "window, and the limit is %d (%s). A roster that shrinks a little every run is as "
        + "dangerous as one short export; check the exports",
        records(plan.removals()), removed, summed.size() == 1 ? "1 run" : summed.size() + " runs",
        from, named(summed), total, base, 100.0 * total / base, limit,
        guard.limit(Dimension.REMOVALS)),
        List.of(new Breach(Dimension.REMOVALS, total, base, limit)));
  }

  private static String records(int count) {
    return count == 1 ? "1 record" : count + " records";
  }

  private static String named(List<WindowTally.Run> runs) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(NAMED_RUNS, runs.size()); i++) {
      text.append(i == 0 ? "" : ", ").append(runs.get(i).runId()).append(": ")
          .append(runs.get(i).removed());
    }
    return runs.size() > NAMED_RUNS ? text + " and " + (runs.size() - NAMED_RUNS) + " more"
        : text.toString();
  }
}
