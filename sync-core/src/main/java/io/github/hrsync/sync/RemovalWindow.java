package io.github.hrsync.sync;

import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The guard across runs: a plan's removals added to those the runs of a rolling window made,
 * against the guard's removal limit of the records there were at the window's start (those there
 * are now and those removed since). So an export that shrinks a little every run cannot
 * offboard a company a fifth at a time. A plan that removes nothing is never refused by it.
 */
final class RemovalWindow {
  /** The most runs read back: a sync that runs every minute for a month stays well within. */
  static final int MAX_RUNS = 50_000;

  private final RunHistory history;
  private final Duration window;
  private final SafetyGuard guard;
  private final Clock clock;

  RemovalWindow(RunHistory history, Duration window, SafetyGuard guard, Clock clock) {
    this.history = history;
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
    int removed = history.removedSince(plan.target(), scope, clock.instant().minus(window),
        MAX_RUNS);
    if (removed == 0) {
      return Verdict.ALLOWED;
    }
    int base = plan.guardBase() + removed;
    int limit = guard.limit(Dimension.REMOVALS, base);
    int total = removed + plan.removals();
    if (total <= limit) {
      return Verdict.ALLOWED;
    }
    return new Verdict(false, true, String.format(Locale.ROOT, "refusing to remove %d more "
        + "records: with the %d that runs of the last %d days removed, that is %d of %d "
        + "records (%.0f %%) within the window, and the limit is %d (%s). A roster that "
        + "shrinks a little every run is as dangerous as one short export; check the exports",
        plan.removals(), removed, window.toDays(), total, base, 100.0 * total / base, limit,
        guard.limit(Dimension.REMOVALS)),
        List.of(new Breach(Dimension.REMOVALS, total, base, limit)));
  }
}
