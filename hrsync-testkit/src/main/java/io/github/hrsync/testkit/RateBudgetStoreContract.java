package io.github.hrsync.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.core.ratelimit.RateBudgetStore.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RateBudgetStore} keeps, as a JUnit Jupiter test class: extend it and
 * return your store from {@link #store()}, and your store is checked the way hrsync's own are.
 * Each call of {@link #store()} stands for another process or host, so it returns a new instance
 * over the same backing (the same directory, table or key space). Each test uses budgets of its
 * own, so the backing need not be emptied between tests. Needs {@code client-core} and JUnit
 * Jupiter on the test class path (both optional dependencies of the test kit).
 *
 * <pre>{@code
 * class MyRedisStoreTest extends RateBudgetStoreContract {
 *   protected RateBudgetStore store() {
 *     return new MyRedisStore(redisUrl);
 *   }
 * }
 * }</pre>
 */
public abstract class RateBudgetStoreContract {
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2026-06-15T10:00:00Z");
  private static final Instant LEASE = T0.plusSeconds(30);

  /** For subclasses. */
  protected RateBudgetStoreContract() {}

  /**
   * A store over the shared backing: a new instance per call, as another process would have.
   *
   * @return the store under test
   */
  protected abstract RateBudgetStore store();

  private static String budget() {
    return "contract-" + UUID.randomUUID();
  }

  /**
   * Two instances share the slots: a slot taken through one is busy through the other.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void aSlotTakenThroughOneInstanceIsBusyThroughAnother() throws Exception {
    String budget = budget();
    RateBudgetStore first = store();
    RateBudgetStore second = store();

    assertInstanceOf(Reservation.Granted.class, first.reserve(budget, 2, WINDOW, T0, LEASE,
        WAIT));
    assertInstanceOf(Reservation.Granted.class, second.reserve(budget, 2, WINDOW, T0, LEASE,
        WAIT));
    Reservation full = first.reserve(budget, 2, WINDOW, T0, LEASE, WAIT);
    assertEquals(new Reservation.Denied(T0.plus(WINDOW), Reservation.Why.IN_FLIGHT), full);
  }

  /**
   * A released slot is busy for one window after its release, and free after it.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void aReleasedSlotIsFreeOneWindowAfterItsRelease() throws Exception {
    String budget = budget();
    long slot = ((Reservation.Granted) store().reserve(budget, 1, WINDOW, T0, LEASE, WAIT))
        .slot();
    Instant released = T0.plusSeconds(1);
    store().release(budget, slot, released, WAIT);
    store().release(budget, slot, released.plusSeconds(5), WAIT); // twice: no effect

    assertEquals(new Reservation.Denied(released.plus(WINDOW), Reservation.Why.FULL),
        store().reserve(budget, 1, WINDOW, released.plus(WINDOW).minusNanos(1), LEASE, WAIT));
    assertInstanceOf(Reservation.Granted.class, store().reserve(budget, 1, WINDOW,
        released.plus(WINDOW), released.plus(WINDOW).plusSeconds(30), WAIT));
  }

  /**
   * A slot whose holder died (never released) frees itself when its lease ends plus a window.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void aSlotWhoseHolderDiedIsFreeWhenItsLeaseEnds() throws Exception {
    String budget = budget();
    store().reserve(budget, 1, WINDOW, T0, LEASE, WAIT);

    Instant free = LEASE.plus(WINDOW);
    assertInstanceOf(Reservation.Denied.class,
        store().reserve(budget, 1, WINDOW, free.minusNanos(1), free.plusSeconds(30), WAIT));
    assertInstanceOf(Reservation.Granted.class,
        store().reserve(budget, 1, WINDOW, free, free.plusSeconds(30), WAIT));
  }

  /**
   * A lock-out recorded through one instance stops all, and a later, shorter one never
   * shortens it.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void aLockOutStopsEveryInstanceAndIsNeverShortened() throws Exception {
    String budget = budget();
    store().lockUntil(budget, T0.plusSeconds(300), WAIT);
    store().lockUntil(budget, T0.plusSeconds(10), WAIT);

    assertEquals(T0.plusSeconds(300), store().lockedUntil(budget, T0, WAIT));
    assertEquals(new Reservation.Denied(T0.plusSeconds(300), Reservation.Why.LOCKED_OUT),
        store().reserve(budget, 5, WINDOW, T0, LEASE, WAIT));
    assertNull(store().lockedUntil(budget, T0.plusSeconds(300), WAIT));
    assertNull(store().lockedUntil(budget(), T0, WAIT), "another budget is not locked");
  }

  /**
   * A lock-out far in the future is honoured for {@link RateBudgetStore#MAX_LOCKOUT} at most.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void aLockOutIsHonouredForOneDayAtMost() throws Exception {
    String budget = budget();
    store().lockUntil(budget, T0.plus(Duration.ofDays(3650)), WAIT);

    assertEquals(T0.plus(RateBudgetStore.MAX_LOCKOUT), store().lockedUntil(budget, T0, WAIT));
  }

  /**
   * Many callers at once, through many instances, get exactly the permits.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void manyCallersAtOnceGetExactlyThePermits() throws Exception {
    String budget = budget();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Reservation>> tries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        RateBudgetStore store = store();
        Callable<Reservation> reserve = () -> store.reserve(budget, 10, WINDOW, T0, LEASE, WAIT);
        tries.add(pool.submit(reserve));
      }
      int granted = 0;
      for (Future<Reservation> reservation : tries) {
        granted += reservation.get() instanceof Reservation.Granted ? 1 : 0;
      }
      assertEquals(10, granted);
    } finally {
      pool.shutdownNow();
    }
  }
}
