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
 * The guard across runs: a plan's removals added to those the runs of a rolling window made
 * without approval, against the guard's removal limit of the records there were at the window's
 * start (those there are now and every one removed since). So an export that shrinks a little
 * every run cannot offboard a company a fifth at a time. An approved run's removals are
 * acknowledged: they no longer count against the runs after it, so an approved reorg does not
 * make every ordinary night after it need an approval; the unapproved removals before and after
 * it are still summed, so approving one small plan never opens the window for a drip. A plan
 * that removes nothing is never refused by it.
 */
final class RemovalWindow {
  /** The most runs read back: a sync that runs every minute for a month stays well within. */
  static final int MAX_RUNS = 50_000;
  private static final System.Logger LOG = System.getLogger(RemovalWindow.class.getName());
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
    if (tally.skipped() > 0) {
      LOG.log(System.Logger.Level.WARNING, "the run log has " + tally.skipped() + " line(s) "
          + "that cannot be read; the guard across runs skipped them and counted the rest");
    }
    List<WindowTally.Run> summed = new ArrayList<>();
    int removed = 0;
    int acknowledged = 0;
    for (WindowTally.Run run : tally.runs()) {
      if (run.startedAt().isBefore(since)) {
        continue;
      }
      if (run.approved()) {
        acknowledged += run.removed();
      } else if (run.removed() > 0) {
        summed.add(run);
        removed += run.removed();
      }
    }
    if (removed == 0) {
      return Verdict.ALLOWED;
    }
    int base = plan.guardBase() + removed + acknowledged;
    int limit = guard.limit(Dimension.REMOVALS, base);
    int total = removed + plan.removals();
    if (total <= limit) {
      return Verdict.ALLOWED;
    }
    return new Verdict(false, true, String.format(Locale.ROOT, "refusing to remove %s: "
        + "with the %d that %s in the last %d days removed without approval (%s), that is %d "
        + "of %d records (%.0f %%) within the window, and the limit is %d (%s)%s. A roster that "
        + "shrinks a little every run is as dangerous as one short export; check the exports",
        records(plan.removals()), removed, summed.size() == 1 ? "1 run" : summed.size() + " runs",
        window.toDays(), named(summed), total, base, 100.0 * total / base, limit,
        guard.limit(Dimension.REMOVALS), acknowledged == 0 ? "" : "; the " + acknowledged
        + " that approved runs removed are acknowledged and not counted"),
        List.of(new Breach(Dimension.REMOVALS, total, base, limit)));
  }

  private static String records(int count) {
    return count == 1 ? "1 more record" : count + " more records";
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
