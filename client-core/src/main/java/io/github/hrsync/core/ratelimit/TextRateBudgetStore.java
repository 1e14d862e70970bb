package io.github.hrsync.core.ratelimit;

import io.github.hrsync.core.error.RateBudgetException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RateBudgetStore} over any place that keeps one short text per budget and can change
 * it atomically: a file under a lock ({@link FileRateBudgetStore}), a database row in a
 * transaction (the JDBC store), a key with compare-and-set. This class holds the slot arithmetic
 * and the text format; a subclass supplies only {@link #update} and {@link #describe}.
 *
 * <p>The text is a few lines per busy slot (a few kilobytes for a budget of 100 per minute). A
 * text that is not an hrsync rate budget, or belongs to another budget, is a
 * {@link RateBudgetException} naming the place; it is never reset.
 */
public abstract class TextRateBudgetStore implements RateBudgetStore {
  /**
   * The longest budget text read: about 3,500 busy slots, past any budget an API here has (the
   * HR Feed's 600 a minute takes about 45 KiB). A longer text is refused before it is read whole.
   */
  public static final int MAX_TEXT_BYTES = 256 * 1024;

  /** For subclasses. */
  protected TextRateBudgetStore() {}

  /**
   * In one atomic step, as if every caller on every host took turns: reads the budget's text
   * ({@code null} when it has none yet), passes it to {@code change}, and stores what
   * {@code change} returns unless that equals what was read. A store may call {@code change}
   * more than once in one update (for example after losing a race to create the budget); only
   * the text of the last call, made with the text actually stored, may be kept.
   *
   * @param budget the budget's name
   * @param maxWait the longest the step may wait for other callers (a lock, a row)
   * @param change computes the new text from the old
   * @throws RateBudgetException when the text cannot be read or written, or not within
   *     {@code maxWait}
   * @throws InterruptedException when interrupted while waiting
   */
  protected abstract void update(String budget, Duration maxWait,
      Function<@Nullable String, String> change) throws InterruptedException;

  /**
   * Where a budget's text lives, for messages.
   *
   * @param budget the budget's name
   * @return for example {@code rate budget file /home/me/.hrsync/rate-budgets/jobticket-k.budget}
   */
  protected abstract String describe(String budget);

  @Override
  public final Reservation reserve(String budget, int permits, Duration window, Instant now,
      Instant leaseEnd, Duration maxWait) throws InterruptedException {
    return step(budget, maxWait, state -> state.reserve(permits, window, now, leaseEnd));
  }

  @Override
  public final void release(String budget, long slot, Instant at, Duration maxWait)
      throws InterruptedException {
    step(budget, maxWait, state -> {
      state.release(slot, at);
      return Boolean.TRUE;
    });
  }

  @Override
  public final void lockUntil(String budget, Instant until, Duration maxWait)
      throws InterruptedException {
    step(budget, maxWait, state -> {
      state.lockUntil(until);
      return Boolean.TRUE;
    });
  }

  @Override
  public final @Nullable Instant lockedUntil(String budget, Instant now, Duration maxWait)
      throws InterruptedException {
    return step(budget, maxWait, state -> state.lockedUntil(now));
  }

  private <T extends @Nullable Object> T step(String budget, Duration maxWait,
      Function<RateBudgetState, T> change) throws InterruptedException {
    Objects.requireNonNull(budget, "budget");
    @SuppressWarnings("unchecked")
    T[] result = (T[]) new Object[1];
    update(budget, maxWait, text -> {
      RateBudgetState state = text == null ? RateBudgetState.empty(budget) : decode(budget, text);
      result[0] = change.apply(state);
      return state.encode();
    });
    return result[0];
  }

  private RateBudgetState decode(String budget, String text) {
    try {
      if (text.length() > MAX_TEXT_BYTES) {
        throw new RateBudgetException("it is longer than " + MAX_TEXT_BYTES + " characters",
            null);
      }
      return RateBudgetState.decode(budget, text);
    } catch (RateBudgetException e) {
      throw new RateBudgetException(describe(budget) + " cannot be used: " + e.getMessage()
          + ". It was not reset: remove it when no process is running against this budget",
          e);
    }
  }
}
