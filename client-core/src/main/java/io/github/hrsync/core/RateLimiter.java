package io.github.hrsync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A client-side limiter over a rolling window: at most {@code permits} requests start in any
 * window of the given length, measured on the limiter's clock. It also holds the lock-out that a
 * server imposes after a {@code 429}, so every client sharing the limiter stops at once.
 *
 * <p>One limiter belongs to one credential: pass the same instance to every client built for that
 * credential. Thread-safe.
 */
public final class RateLimiter {
  private final int permits;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ArrayDeque<Instant> grants = new ArrayDeque<>();
  private Instant lockedUntil = Instant.MIN;

  private RateLimiter(int permits, Duration window, Clock clock, Sleeper sleeper) {
    this.permits = permits;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * A limiter that lets at most {@code permits} requests start in any rolling {@code window}.
   *
   * @param permits at least 1
   * @param window positive length of the window
   * @return a new limiter on the system clock
   */
  public static RateLimiter rollingWindow(int permits, Duration window) {
    return rollingWindow(permits, window, Clock.systemUTC(), Sleeper.system());
  }

  /**
   * A rolling-window limiter on the given clock and sleeper (for tests and simulations).
   *
   * @param permits at least 1
   * @param window positive length of the window
   * @param clock the clock the window is measured on
   * @param sleeper how the limiter waits for a permit
   * @return a new limiter
   */
  public static RateLimiter rollingWindow(
      int permits, Duration window, Clock clock, Sleeper sleeper) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1, was " + permits);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    return new RateLimiter(
        permits, window, Objects.requireNonNull(clock), Objects.requireNonNull(sleeper));
  }

  /**
   * A limiter that never waits (it still records server lock-outs).
   *
   * @return a new limiter without a request budget
   */
  public static RateLimiter unlimited() {
    return new RateLimiter(Integer.MAX_VALUE, Duration.ofMinutes(1), Clock.systemUTC(),
        Sleeper.system());
  }

  /** @return the requests allowed per window ({@link Integer#MAX_VALUE} when unlimited) */
  public int permits() {
    return permits;
  }

  /** @return the length of the rolling window */
  public Duration window() {
    return window;
  }

  /**
   * Waits for a permit unless that would take past {@code deadline}.
   *
   * @param deadline the latest instant a permit may be granted
   * @return the instant the permit was granted, or {@code null} when the wait would pass the
   *     deadline (no permit is taken then)
   * @throws InterruptedException if interrupted while waiting
   */
  public @Nullable Instant acquire(Instant deadline) throws InterruptedException {
    if (permits == Integer.MAX_VALUE) {
      return clock.instant();
    }
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        while (!grants.isEmpty() && !grants.peekFirst().plus(window).isAfter(now)) {
          grants.removeFirst();
        }
        if (grants.size() < permits) {
          grants.addLast(now);
          return now;
        }
        Instant free = grants.peekFirst().plus(window);
        if (free.isAfter(deadline)) {
          return null;
        }
        wait = Duration.between(now, free);
      }
      sleeper.sleep(wait);
    }
  }

  /**
   * Records that the server locked the credential out until {@code until}; a later lock-out
   * never shortens an earlier one.
   *
   * @param until the end of the lock-out
   */
  public synchronized void lockUntil(Instant until) {
    if (until.isAfter(lockedUntil)) {
      lockedUntil = until;
    }
  }

  /**
   * The end of the current server lock-out.
   *
   * @return when the lock-out ends, or {@code null} when the credential is not locked now
   */
  public synchronized @Nullable Instant lockedUntil() {
    return lockedUntil.isAfter(clock.instant()) ? lockedUntil : null;
  }

  @Override
  public String toString() {
    return permits == Integer.MAX_VALUE
        ? "RateLimiter[unlimited]"
        : "RateLimiter[" + permits + " per " + window + "]";
  }
}
