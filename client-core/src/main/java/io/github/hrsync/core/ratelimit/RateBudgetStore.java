package io.github.hrsync.core.ratelimit;

import io.github.hrsync.core.error.RateBudgetException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link RateLimiter} keeps a rate budget: the slots its requests occupy and the lock-out
 * a server imposed. Limiters in every thread, process or host that share one store and one budget
 * name share one budget: together they never let more than the permits arrive in any rolling
 * window, and a lock-out recorded by one stops all.
 *
 * <p>Implementations: {@link #inMemory()} (one JVM), {@link FileRateBudgetStore} (processes on one
 * host) and, in the optional {@code hrsync-ratebudget-jdbc} module, a store in a relational
 * database table (a fleet of hosts).
 *
 * <h2>Implementing a store</h2>
 * To keep budgets anywhere that stores a short text per key and changes it atomically, extend
 * {@link TextRateBudgetStore}: it holds the arithmetic below. Otherwise implement this interface:
 * each method is one atomic step on the named budget, as if all callers everywhere took turns (a
 * transaction, a file lock). A slot is taken by {@link #reserve} when fewer than
 * {@code permits} slots are busy and the budget is not locked out. A taken slot is busy until
 * {@code leaseEnd} plus its window while its request is in flight, and from its
 * {@linkplain #release release} until the release plus its window; when both have passed, it is
 * free again. A denial says the earliest instant at which asking again can succeed. A store
 * failure is a {@link RateBudgetException}; the limiter then sends nothing. Implementations are
 * thread-safe.
 *
 * <p>Every step is bounded: it waits for other callers (a lock, a row) at most {@code maxWait},
 * the time left before the caller's deadline, and then fails with {@link RateBudgetException};
 * an interrupt ends any wait at once with {@link InterruptedException}, the interrupt flag
 * cleared as usual (the clients turn it into {@code ApiInterruptedException}, flag kept).
 */
public interface RateBudgetStore {
  /**
   * The longest lock-out a budget honours from now, whatever a server's {@code Retry-After} or a
   * stored text says: a hostile or broken value cannot stop every process sharing the budget
   * for longer.
   */
  Duration MAX_LOCKOUT = Duration.ofDays(1);

  /**
   * Takes a slot of the budget, if one is free and the budget is not locked out.
   *
   * @param budget the budget's name
   * @param permits the requests allowed per window
   * @param window the rolling window
   * @param now the current instant
   * @param leaseEnd when the caller will have released the slot, unless it dies first
   * @param maxWait the longest the step may wait for other callers
   * @return the slot taken, or when to ask again
   * @throws RateBudgetException when the store cannot be read or written in time
   * @throws InterruptedException when interrupted while waiting
   */
  Reservation reserve(String budget, int permits, Duration window, Instant now, Instant leaseEnd,
      Duration maxWait) throws InterruptedException;

  /**
   * Marks a slot's request as answered (or failed, or not sent): the slot is busy for one window
   * more. Releasing a slot twice, or one whose lease ran out, has no effect.
   *
   * @param budget the budget's name
   * @param slot the slot {@link #reserve} returned
   * @param at when the response or failure came back
   * @param maxWait the longest the step may wait for other callers
   * @throws RateBudgetException when the store cannot be read or written in time
   * @throws InterruptedException when interrupted while waiting
   */
  void release(String budget, long slot, Instant at, Duration maxWait)
      throws InterruptedException;

  /**
   * Records that the server locked the budget's credential out until {@code until}; a later
   * lock-out never shortens an earlier one.
   *
   * @param budget the budget's name
   * @param until the end of the lock-out
   * @param maxWait the longest the step may wait for other callers
   * @throws RateBudgetException when the store cannot be read or written in time
   * @throws InterruptedException when interrupted while waiting
   */
  void lockUntil(String budget, Instant until, Duration maxWait) throws InterruptedException;

  /**
   * Reads the budget's lock-out.
   *
   * @param budget the budget's name
   * @param now the current instant
   * @param maxWait the longest the step may wait for other callers
   * @return when the lock-out ends, or {@code null} when the budget is not locked at {@code now}
   * @throws RateBudgetException when the store cannot be read in time
   * @throws InterruptedException when interrupted while waiting
   */
  @Nullable Instant lockedUntil(String budget, Instant now, Duration maxWait)
      throws InterruptedException;

  /**
   * A store in this JVM's memory: every limiter given it shares its budgets, as long as the JVM
   * runs.
   *
   * @return a new, empty store
   */
  static RateBudgetStore inMemory() {
    return new InMemoryRateBudgetStore();
  }

  /** What {@link #reserve} decided. */
  sealed interface Reservation {

    /**
     * A slot was taken.
     *
     * @param slot the slot's number, to {@linkplain RateBudgetStore#release release} it with
     */
    record Granted(long slot) implements Reservation {}

    /**
     * No slot is free now.
     *
     * @param retryAt the earliest instant at which a slot can be free, or the lock-out ends
     * @param why what {@code retryAt} depends on
     */
    record Denied(Instant retryAt, Why why) implements Reservation {}

    /** Why a reservation was denied, and so how sure its {@code retryAt} is. */
    enum Why {
      /** The budget is locked out until {@code retryAt}. */
      LOCKED_OUT,
      /** Every slot is busy; the first frees at {@code retryAt}. */
      FULL,
      /**
       * The slot that would free first is still in flight: {@code retryAt} is when it frees if
       * its response comes back now, so it frees no earlier.
       */
      IN_FLIGHT
    }
  }
}
