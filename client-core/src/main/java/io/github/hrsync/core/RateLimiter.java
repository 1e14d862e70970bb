package io.github.hrsync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A client-side limiter that keeps a credential within a server's budget of {@code permits}
 * requests in any rolling window, <em>as the server counts them</em>: by the instant each request
 * arrives there.
 *
 * <p>The client cannot see that instant; it only knows that a request arrives after its permit is
 * granted and before its response or failure comes back. So a permit occupies its slot from the
 * grant until it is {@linkplain Permit#release() released} (when the response or failure comes
 * back) and for one window after that. A new permit is granted only while fewer than
 * {@code permits} slots are occupied. Then no window at the server can hold more than
 * {@code permits} arrivals, whatever the connection set-up time, slow responses, retries or thread
 * count: every retry takes a permit of its own.
 *
 * <p>Callers are served in the order they ask; a waiting caller is never overtaken by a later one.
 * The limiter also holds the lock-out that a server imposes after a {@code 429}, so every client
 * sharing it stops at once.
 *
 * <p>One limiter belongs to one credential: pass the same instance to every client built for that
 * credential. Thread-safe.
 */
public final class RateLimiter {
  private final int permits;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  /** The callers waiting for a permit, first come first served. */
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  /** When each released permit came back, oldest first: its slot is free one window later. */
  private final ArrayDeque<Instant> released = new ArrayDeque<>();
  private int inFlight;
  private Instant lockedUntil = Instant.MIN;

  private RateLimiter(int permits, Duration window, Clock clock, Sleeper sleeper) {
    this.permits = permits;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * A limiter that lets at most {@code permits} requests arrive in any rolling {@code window}.
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
   * Waits for a permit, in arrival order, unless none can come before {@code deadline}. The
   * caller sends one request with it and then {@linkplain Permit#release() releases} it when the
   * response or failure comes back, whatever happens.
   *
   * @param deadline the instant a permit must come before
   * @return the permit, or {@code null} when none comes before the deadline
   * @throws InterruptedException if interrupted while waiting (no permit is held then)
   */
  public @Nullable Permit acquire(Instant deadline) throws InterruptedException {
    return acquire(deadline, wait -> { });
  }

  /**
   * Like {@link #acquire(Instant)}, telling {@code beforeWait} how long the caller will wait each
   * time it is about to wait for a free slot (not while every slot is still in flight, when the
   * wait is not known yet).
   *
   * @param deadline the instant a permit must come before
   * @param beforeWait told the wait before each one
   * @return the permit, or {@code null} when none comes before the deadline
   * @throws InterruptedException if interrupted while waiting (no permit is held then)
   */
  public @Nullable Permit acquire(Instant deadline, java.util.function.Consumer<Duration> beforeWait)
      throws InterruptedException {
    if (permits == Integer.MAX_VALUE) {
      Instant now = clock.instant();
      return now.isBefore(deadline) ? new Permit(null, now) : null;
    }
    Object ticket = new Object();
    synchronized (this) {
      queue.addLast(ticket);
    }
    try {
      while (true) {
        Instant wakeAt;
        synchronized (this) {
          while (queue.peekFirst() != ticket) {
            wait();
          }
          Instant now = clock.instant();
          if (!now.isBefore(deadline)) {
            return null;
          }
          Instant free = earliestFreeSlot(now);
          if (free == null) {
            // every slot is in flight: none frees before a response comes back plus a window
            if (!now.plus(window).isBefore(deadline)) {
              return null;
            }
            wait(Math.max(1, Duration.between(now, deadline.minus(window)).toMillis()));
            continue;
          }
          if (!free.isBefore(deadline)) {
            return null;
          }
          if (!free.isAfter(now)) {
            return take(now);
          }
          wakeAt = free;
        }
        beforeWait.accept(Duration.between(clock.instant(), wakeAt));
        sleeper.sleepUntil(wakeAt, clock);
      }
    } finally {
      synchronized (this) {
        queue.remove(ticket);
        notifyAll();
      }
    }
  }

  /** The earliest instant a slot is free, or {@code null} when all are in flight. */
  private @Nullable Instant earliestFreeSlot(Instant now) {
    if (inFlight + released.size() < permits) {
      return now;
    }
    Instant oldest = released.peekFirst();
    if (oldest == null) {
      return null;
    }
    Instant free = oldest.plus(window);
    return free.isAfter(now) ? free : now;
  }

  private Permit take(Instant now) {
    if (inFlight + released.size() >= permits) {
      released.removeFirst();
    }
    inFlight++;
    return new Permit(this, now);
  }

  private synchronized void release() {
    inFlight--;
    Instant now = clock.instant();
    Instant last = released.peekLast();
    // kept in order even if the clock steps back: a later end only makes the limiter stricter
    released.addLast(last != null && last.isAfter(now) ? last : now);
    notifyAll();
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

  /**
   * The right to send one request. Release it when the response or failure comes back (or when
   * the request is not sent after all); its slot stays occupied for one window after that.
   * Releasing twice has no further effect. Thread-safe.
   */
  public static final class Permit {
    private final @Nullable RateLimiter limiter;
    private final Instant grantedAt;
    private boolean released;

    private Permit(@Nullable RateLimiter limiter, Instant grantedAt) {
      this.limiter = limiter;
      this.grantedAt = grantedAt;
    }

    /** @return the instant the permit was granted, on the limiter's clock */
    public Instant grantedAt() {
      return grantedAt;
    }

    /** Marks the request as answered (or failed, or not sent): its window starts now. */
    public void release() {
      RateLimiter owner = limiter;
      if (owner == null) {
        return;
      }
      synchronized (this) {
        if (released) {
          return;
        }
        released = true;
      }
      owner.release();
    }
  }
}
