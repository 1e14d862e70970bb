package io.github.hrsync.core.ratelimit;

import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.ratelimit.RateBudgetStore.Reservation;
import io.github.hrsync.core.internal.time.MonotonicClock;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.Consumer;
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
 * <p>The slots and the lock-out that a server imposes after a {@code 429} live in a
 * {@link RateBudgetStore}: in this JVM's memory for {@link #rollingWindow}, or shared by
 * processes ({@link FileRateBudgetStore}) or hosts (the JDBC store) for {@link #shared}. Every
 * limiter on the same store and budget then keeps within one budget together, and stops at once
 * when one of them records a lock-out. Within a JVM, callers of one limiter are served in the
 * order they ask; a waiting caller is never overtaken by a later one.
 *
 * <p>One budget belongs to one credential: pass the same limiter to every client built for that
 * credential, or the same store to their builders. Thread-safe.
 */
public final class RateLimiter {
  /**
   * How long after its call's deadline a slot's lease ends: the most a process that died
   * mid-call keeps it (plus one window).
   */
  static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
  /**
   * The least a release may wait for a shared store, even at the deadline: a release that fails
   * keeps its slot busy until the lease ends, so it gets a moment after a call that used all of
   * its time.
   */
  static final Duration MIN_RELEASE_WAIT = Duration.ofSeconds(1);
  /** How long the methods without a deadline wait for a shared store. */
  public static final long DEFAULT_STORE_WAIT_SECONDS = 30;
  private static final System.Logger LOG = System.getLogger("io.github.hrsync.ratelimit");

  private final int permits;
  private final Duration window;
  private final RateBudgetStore store;
  private final String budget;
  private final Clock clock;
  private final Sleeper sleeper;
  /** The callers of this limiter waiting for a permit, first come first served. */
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  /** Permits of this limiter granted and not yet released. */
  private int inFlight;
  /** How many permits of this limiter have been released, to wait for the next. */
  private long releases;

  private RateLimiter(int permits, Duration window, RateBudgetStore store, String budget,
      Clock clock, Sleeper sleeper) {
    this.permits = permits;
    this.window = window;
    this.store = store;
    this.budget = budget;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * A limiter that lets at most {@code permits} requests arrive in any rolling {@code window},
   * with its budget in this limiter's memory.
   *
   * @param permits at least 1
   * @param window positive length of the window
   * @return a new limiter on the system clock
   */
  public static RateLimiter rollingWindow(int permits, Duration window) {
    return rollingWindow(permits, window, MonotonicClock.INSTANCE, Sleeper.system());
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
    return shared(permits, window, RateBudgetStore.inMemory(), "in-memory", clock, sleeper);
  }

  /**
   * A rolling-window limiter whose budget lives in a store that other limiters, in this or other
   * processes, share under the same budget name.
   *
   * @param permits at least 1
   * @param window positive length of the window
   * @param store where the budget lives
   * @param budget the budget's name in the store: one per credential, never a secret (the
   *     clients use {@code jobticket-<API key id>})
   * @return a new limiter on the system clock
   */
  public static RateLimiter shared(int permits, Duration window, RateBudgetStore store,
      String budget) {
    return shared(permits, window, store, budget, MonotonicClock.INSTANCE, Sleeper.system());
  }

  /**
   * Like {@link #shared(int, Duration, RateBudgetStore, String)} on the given clock and sleeper.
   *
   * @param permits at least 1
   * @param window positive length of the window
   * @param store where the budget lives
   * @param budget the budget's name in the store
   * @param clock the clock the window is measured on (processes sharing a store need clocks in
   *     step, as NTP keeps them)
   * @param sleeper how the limiter waits for a permit
   * @return a new limiter
   */
  public static RateLimiter shared(int permits, Duration window, RateBudgetStore store,
      String budget, Clock clock, Sleeper sleeper) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1, was " + permits);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (budget.isBlank() || budget.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("budget name must not be blank or hold control "
          + "characters (CR, LF, ...)");
    }
    return new RateLimiter(permits, window, Objects.requireNonNull(store, "store"), budget,
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(sleeper, "sleeper"));
  }

  /**
   * A limiter that never waits (it still records server lock-outs).
   *
   * @return a new limiter without a request budget
   */
  public static RateLimiter unlimited() {
    return new RateLimiter(Integer.MAX_VALUE, Duration.ofMinutes(1), RateBudgetStore.inMemory(),
        "unlimited", MonotonicClock.INSTANCE, Sleeper.system());
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
   * response or failure comes back, whatever happens, and before the deadline.
   *
   * @param deadline the instant a permit must come before
   * @return the permit, or {@code null} when none comes before the deadline (or the budget is
   *     locked out past it)
   * @throws InterruptedException if interrupted while waiting (no permit is held then)
   * @throws RateBudgetException when a shared store cannot be used (no permit is held then)
   */
  public @Nullable Permit acquire(Instant deadline) throws InterruptedException {
    return acquire(deadline, wait -> { });
  }

  /**
   * Like {@link #acquire(Instant)}, telling {@code beforeWait} how long the caller will wait each
   * time it is about to wait for a free slot (not for a lock-out to end).
   *
   * @param deadline the instant a permit must come before
   * @param beforeWait told the wait before each one
   * @return the permit, or {@code null} when none comes before the deadline (or the budget is
   *     locked out past it)
   * @throws InterruptedException if interrupted while waiting (no permit is held then)
   * @throws RateBudgetException when a shared store cannot be used (no permit is held then)
   */
  public @Nullable Permit acquire(Instant deadline, Consumer<Duration> beforeWait)
      throws InterruptedException {
    if (permits == Integer.MAX_VALUE) {
      Instant now = clock.instant();
      return now.isBefore(deadline) ? new Permit(null, 0, now, deadline) : null;
    }
    Object ticket = new Object();
    synchronized (this) {
      queue.addLast(ticket);
    }
    try {
      synchronized (this) {
        while (queue.peekFirst() != ticket) {
          wait();
        }
      }
      // first in line: only this thread asks the store until it has its permit
      while (true) {
        long seenReleases;
        synchronized (this) {
          seenReleases = releases;
        }
        Instant now = clock.instant();
        if (!now.isBefore(deadline)) {
          return null;
        }
        Reservation reservation = store.reserve(budget, permits, window, now,
            deadline.plus(LEASE_MARGIN), Duration.between(now, deadline));
        if (reservation instanceof Reservation.Granted granted) {
          synchronized (this) {
            inFlight++;
          }
          return new Permit(this, granted.slot(), now, deadline);
        }
        Reservation.Denied denied = (Reservation.Denied) reservation;
        if (!denied.retryAt().isBefore(deadline)) {
          return null;
        }
        if (denied.why() == Reservation.Why.IN_FLIGHT
            && awaitRelease(seenReleases, deadline)) {
          continue; // a response came back here: its slot's time is known now
        }
        if (denied.why() != Reservation.Why.LOCKED_OUT) {
          beforeWait.accept(Duration.between(now, denied.retryAt()));
        }
        sleeper.sleepUntil(denied.retryAt(), clock);
      }
    } finally {
      synchronized (this) {
        queue.remove(ticket);
        notifyAll();
      }
    }
  }

  /**
   * While a request of this limiter is in flight, waits for a release here (the blocking slot may
   * be its) rather than sleeping a whole window on the clock, which a virtual clock would then
   * show as passed before the release. Slots in flight in other processes cannot be seen here.
   *
   * @return whether it waited
   */
  private synchronized boolean awaitRelease(long seen, Instant deadline)
      throws InterruptedException {
    if (inFlight == 0) {
      return false;
    }
    if (releases == seen) {
      wait(Math.max(1, Duration.between(clock.instant(), deadline).toMillis()));
    }
    return true;
  }

  private void release(long slot, Instant deadline) {
    try {
      Instant now = clock.instant();
      Duration left = Duration.between(now, deadline);
      store.release(budget, slot, now, left.compareTo(MIN_RELEASE_WAIT) < 0
          ? MIN_RELEASE_WAIT : left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.log(Level.WARNING, () -> "interrupted releasing rate budget slot " + slot + " of "
          + budget + "; it stays reserved until its lease ends");
    } catch (RuntimeException e) {
      // the slot then stays busy until its lease ends: stricter, never looser
      LOG.log(Level.WARNING, () -> "could not release rate budget slot " + slot + " of "
          + budget + "; it stays reserved until its lease ends: " + e.getMessage());
    } finally {
      synchronized (this) {
        inFlight--;
        releases++;
        notifyAll();
      }
    }
  }

  /**
   * Like {@link #lockUntil(Instant, Instant)}, waiting for a shared store at most
   * {@value #DEFAULT_STORE_WAIT_SECONDS} seconds.
   *
   * @param until the end of the lock-out
   * @throws RateBudgetException when a shared store cannot be written in that time
   * @throws InterruptedException when interrupted while waiting for a shared store
   */
  public void lockUntil(Instant until) throws InterruptedException {
    lockUntil(until, clock.instant().plusSeconds(DEFAULT_STORE_WAIT_SECONDS));
  }

  /**
   * Like {@link #readLockedUntil(Instant)}, waiting for a shared store at most
   * {@value #DEFAULT_STORE_WAIT_SECONDS} seconds.
   *
   * @return when the lock-out ends, or {@code null} when the credential is not locked now
   * @throws RateBudgetException when a shared store cannot be read in that time
   * @throws InterruptedException when interrupted while waiting for a shared store
   */
  public @Nullable Instant readLockedUntil() throws InterruptedException {
    return readLockedUntil(clock.instant().plusSeconds(DEFAULT_STORE_WAIT_SECONDS));
  }

  /**
   * Records that the server locked the credential out until {@code until}; a later lock-out
   * never shortens an earlier one. Every limiter sharing the budget honours it.
   *
   * @param until the end of the lock-out (a store honours one day from now at most)
   * @param deadline the instant the caller must be done by: a shared store waits no longer
   * @throws RateBudgetException when a shared store cannot be written by the deadline
   * @throws InterruptedException when interrupted while waiting for a shared store
   */
  public void lockUntil(Instant until, Instant deadline) throws InterruptedException {
    store.lockUntil(budget, until, Duration.between(clock.instant(), deadline));
  }

  /**
   * The end of the current server lock-out, as recorded by any limiter sharing the budget.
   *
   * @param deadline the instant the caller must be done by: a shared store waits no longer
   * @return when the lock-out ends, or {@code null} when the credential is not locked now
   * @throws RateBudgetException when a shared store cannot be read by the deadline
   * @throws InterruptedException when interrupted while waiting for a shared store
   */
  public @Nullable Instant readLockedUntil(Instant deadline) throws InterruptedException {
    Instant now = clock.instant();
    return store.lockedUntil(budget, now, Duration.between(now, deadline));
  }

  @Override
  public String toString() {
    return permits == Integer.MAX_VALUE
        ? "RateLimiter[unlimited]"
        : "RateLimiter[" + permits + " per " + window + ", " + store + "]";
  }

  /**
   * The right to send one request. Release it when the response or failure comes back (or when
   * the request is not sent after all); its slot stays occupied for one window after that.
   * Releasing twice has no further effect, and releasing never throws. Thread-safe.
   */
  public static final class Permit {
    private final @Nullable RateLimiter limiter;
    private final long slot;
    private final Instant grantedAt;
    private final Instant deadline;
    private boolean released;

    private Permit(@Nullable RateLimiter limiter, long slot, Instant grantedAt,
        Instant deadline) {
      this.limiter = limiter;
      this.slot = slot;
      this.grantedAt = grantedAt;
      this.deadline = deadline;
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
      owner.release(slot, deadline);
    }
  }
}
