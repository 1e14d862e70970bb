package io.github.hrsync.core.ratelimit;

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
   * Waits until an instant. A virtual clock implements it by moving itself there (the test kit's
   * {@code VirtualClock::sleepUntil}).
   */
  @FunctionalInterface
  interface InstantWaiter {
    /**
     * Returns when {@code wakeAt} has come.
     *
     * @param wakeAt the instant to wake at
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleepUntil(Instant wakeAt) throws InterruptedException;
  }

  /**
   * A sleeper for virtual time: every wait is handed to {@code waiter} as the exact instant to
   * wake at, so threads waiting at once each wake at their own moment, however the clock moves
   * meanwhile. With the test kit: {@code Sleeper.virtual(clock, clock::sleepUntil)}.
   *
   * @param clock the clock a plain {@link #sleep(Duration)} is measured from
   * @param waiter moves virtual time to an instant
   * @return a sleeper that never blocks for real
   */
  static Sleeper virtual(Clock clock, InstantWaiter waiter) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        waiter.sleepUntil(clock.instant().plus(duration));
      }

      @Override
      public void sleepUntil(Instant wakeAt, Clock ignored) throws InterruptedException {
        waiter.sleepUntil(wakeAt);
      }
    };
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
