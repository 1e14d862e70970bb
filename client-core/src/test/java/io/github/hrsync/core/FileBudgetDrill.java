package io.github.hrsync.core;

import io.github.hrsync.testing.BudgetDrill;
import io.github.hrsync.testing.NanoClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * One process of {@link SharedRateBudgetProcessesTest}: a limiter on a {@link FileRateBudgetStore}
 * drives a {@link BudgetDrill}. Arguments: directory, permits, window in milliseconds, URL,
 * threads, calls per thread.
 */
public final class FileBudgetDrill {
  private FileBudgetDrill() {}

  public static void main(String[] args) throws Exception {
    Clock clock = new NanoClock();
    RateLimiter limiter = RateLimiter.shared(Integer.parseInt(args[1]),
        Duration.ofMillis(Long.parseLong(args[2])), FileRateBudgetStore.in(Path.of(args[0])),
        "jobticket-drill", clock, Sleeper.system());
    BudgetDrill.run(URI.create(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
        drillBudget(limiter, clock));
  }

  /** The limiter as the drill uses it, the way the transport does: lock-out first, then permit. */
  static BudgetDrill.Budget drillBudget(RateLimiter limiter, Clock clock) {
    return new BudgetDrill.Budget() {
      @Override
      public Runnable acquire() throws InterruptedException {
        if (limiter.lockedUntil() != null) {
          return null;
        }
        RateLimiter.Permit permit = limiter.acquire(clock.instant().plus(Duration.ofMinutes(5)));
        return permit == null ? null : permit::release;
      }

      @Override
      public void lockFor(Duration duration) {
        limiter.lockUntil(clock.instant().plus(duration));
      }
    };
  }
}
