package io.github.hrsync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for a duration. The clients wait through a {@code Sleeper} (backoff, {@code Retry-After},
 * rate limiting) so that tests can inject one that advances a fake clock instead of blocking.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Blocks the calling thread until {@code clock} reads {@code wakeAt}. The clients wait this way
   * for a rate-limit slot and before a retry, so that a sleeper for virtual time can wake each
   * thread at exactly the instant it asked for, however many threads wait at once. The default
   * sleeps for the time between now and {@code wakeAt}.
   *
   * @param wakeAt the instant to wake at; one already passed returns at once
   * @param clock the clock {@code wakeAt} is read on
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  default void sleepUntil(Instant wakeAt, Clock clock) throws InterruptedException {
    sleep(Duration.between(clock.instant(), wakeAt));
  }

  /**
   * The real sleeper, backed by {@link Thread#sleep(long, int)}.
   *
   * @return a sleeper that blocks the thread
   */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
