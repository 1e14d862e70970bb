package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.testing.TestDatabase;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.testing.BudgetDrill;
import io.github.hrsync.testing.NanoClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One process of {@link JdbcRateBudgetProcessesTest}: a limiter on a {@link JdbcRateBudgetStore}
 * drives a {@link BudgetDrill}. Arguments: JDBC URL, table, permits, window in milliseconds, then
 * the drill's.
 */
public final class JdbcBudgetDrill {
  private JdbcBudgetDrill() {}

  public static void main(String[] args) throws Exception {
    Clock clock = new NanoClock();
    RateLimiter limiter = RateLimiter.shared(Integer.parseInt(args[2]),
        Duration.ofMillis(Long.parseLong(args[3])),
        JdbcRateBudgetStore.create(TestDatabase.dataSource(args[0]), args[1]), "jobticket-drill",
        clock, Sleeper.system());
    BudgetDrill.main(args, 4, clock, limiter::readLockedUntil, deadline -> Optional.ofNullable(
        limiter.acquire(deadline)).<Runnable>map(permit -> permit::release).orElse(null),
        limiter::lockUntil);
  }
}
