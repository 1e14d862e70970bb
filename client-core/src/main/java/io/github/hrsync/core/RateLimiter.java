package io.github.hrsync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A client-side limiter over a rolling window: at most {@code permits} requests start in any
 * window of the given length, measured on the limiter's clock. Callers are served in the order
 * they ask: each one reserves the earliest free slot and waits until it, so a waiting caller is
 * never overtaken by a later one. It also holds the lock-out that a server imposes after a
 * {@code 429}, so every client sharing the limiter stops at once.
 *
 * <p>One limiter belongs to one credential: pass the same instance to every client built for that
 * credential. Thread-safe.
 */
public final class RateLimiter {
  private final int permits;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  /** The latest grants, oldest first: at most {@code permits}, some of them still ahead. */
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
   * Reserves the earliest free slot and waits until it, unless the slot would not come before
   * {@code deadline}. A slot is free when fewer than {@code permits} grants fall in the window
   * that ends with it. A reserved slot counts even if the caller is interrupted while waiting.
   *
   * @param deadline the instant a permit must come before
   * @return the instant the permit was granted (the caller's request may start then), or
   *     {@code null} when no slot comes before the deadline (nothing is reserved then)
   * @throws InterruptedException if interrupted while waiting
   */
  public @Nullable Instant acquire(Instant deadline) throws InterruptedException {
    if (permits == Integer.MAX_VALUE) {
      Instant now = clock.instant();
      return now.isBefore(deadline) ? now : null;
    }
    Instant slot;
    synchronized (this) {
      Instant now = clock.instant();
      slot = grants.size() < permits ? now : later(now, grants.peekFirst().plus(window));
      if (!slot.isBefore(deadline)) {
        return null;
      }
      if (grants.size() == permits) {
        grants.removeFirst();
      }
      grants.addLast(slot);
    }
    sleeper.sleepUntil(slot, clock);
    return slot;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
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
