package io.github.hrsync.core.ratelimit;

import io.github.hrsync.testing.BudgetDrill;
import io.github.hrsync.testing.NanoClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One process of {@link SharedRateBudgetProcessesTest}: a limiter on a {@link FileRateBudgetStore}
 * drives a {@link BudgetDrill}. Arguments: directory, permits, window in milliseconds, then the
 * drill's.
 */
public final class FileBudgetDrill {
  private FileBudgetDrill() {}

  public static void main(String[] args) throws Exception {
    Clock clock = new NanoClock();
    RateLimiter limiter = RateLimiter.shared(Integer.parseInt(args[1]),
        Duration.ofMillis(Long.parseLong(args[2])), FileRateBudgetStore.in(Path.of(args[0])),
        "jobticket-drill", clock, Sleeper.system());
    BudgetDrill.main(args, 3, clock, limiter::readLockedUntil, deadline -> Optional.ofNullable(
        limiter.acquire(deadline)).<Runnable>map(permit -> permit::release).orElse(null),
        limiter::lockUntil);
  }
}
