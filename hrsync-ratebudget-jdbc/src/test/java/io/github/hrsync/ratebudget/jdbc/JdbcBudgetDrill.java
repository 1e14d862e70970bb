package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.core.RateLimiter;
import io.github.hrsync.core.Sleeper;
import io.github.hrsync.testing.BudgetDrill;
import io.github.hrsync.testing.NanoClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * One process of {@link JdbcRateBudgetProcessesTest}: a limiter on a {@link JdbcRateBudgetStore}
 * drives a {@link BudgetDrill}. Arguments: JDBC URL, table, permits, window in milliseconds, URL,
 * threads, calls per thread.
 */
public final class JdbcBudgetDrill {
  private JdbcBudgetDrill() {}

  public static void main(String[] args) throws Exception {
    Clock clock = new NanoClock();
    RateLimiter limiter = RateLimiter.shared(Integer.parseInt(args[2]),
        Duration.ofMillis(Long.parseLong(args[3])),
        JdbcRateBudgetStore.create(TestDatabase.dataSource(args[0]), args[1]), "jobticket-drill",
        clock, Sleeper.system());
    BudgetDrill.run(URI.create(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
        new BudgetDrill.Budget() {
          @Override
          public Runnable acquire() throws InterruptedException {
            if (limiter.lockedUntil() != null) {
              return null;
            }
            RateLimiter.Permit permit =
                limiter.acquire(clock.instant().plus(Duration.ofMinutes(5)));
            return permit == null ? null : permit::release;
          }

          @Override
          public void lockFor(Duration duration) {
            limiter.lockUntil(clock.instant().plus(duration));
          }
        });
  }
}
