package io.github.hrsync.core.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Budgets in this JVM's memory, one lock for all: a step takes microseconds and never waits on
 * anything outside, so {@code maxWait} cannot be reached. Thread-safe.
 */
final class InMemoryRateBudgetStore implements RateBudgetStore {
  private final Map<String, RateBudgetState> budgets = new HashMap<>();

  private RateBudgetState state(String budget) {
    return budgets.computeIfAbsent(budget, RateBudgetState::empty);
  }

  @Override
  public synchronized Reservation reserve(String budget, int permits, Duration window,
      Instant now, Instant leaseEnd, Duration maxWait) {
    return state(budget).reserve(permits, window, now, leaseEnd);
  }

  @Override
  public synchronized void release(String budget, long slot, Instant at, Duration maxWait) {
    state(budget).release(slot, at);
  }

  @Override
  public synchronized void lockUntil(String budget, Instant until, Duration maxWait) {
    state(budget).lockUntil(until);
  }

  @Override
  public synchronized @Nullable Instant lockedUntil(String budget, Instant now, Duration maxWait) {
    return state(budget).lockedUntil(now);
  }

  @Override
  public String toString() {
    return "in-memory";
  }
}
