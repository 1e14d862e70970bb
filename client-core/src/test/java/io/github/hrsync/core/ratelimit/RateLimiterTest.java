package io.github.hrsync.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testing.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RateLimiterTest {
  private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

  @Test
  void neverGrantsMoreThanThePermitsInAnyRollingWindowAcrossEightThreads() throws Exception {
    ManualClock clock = new ManualClock();
    RateLimiter limiter =
        RateLimiter.rollingWindow(100, Duration.ofSeconds(60), clock, Sleeper.virtual(clock, clock::sleepUntil));
    ConcurrentLinkedQueue<Instant> grants = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int share = thread < 4 ? 38 : 37; // 300 calls in all
        futures.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            grants.add(grantAndRelease(limiter));
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<Instant> sorted = grants.stream().sorted().toList();
    assertThat(sorted).hasSize(300);
    for (int i = 0; i + 100 < sorted.size(); i++) {
      // the 101st grant after any grant must come a full window later
      assertThat(Duration.between(sorted.get(i), sorted.get(i + 100)))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(60));
    }
    assertThat(Duration.between(sorted.get(0), sorted.get(299)))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void refusesWhenThePermitWouldComeAfterTheDeadline() throws Exception {
    ManualClock clock = new ManualClock();
    Sleeper sleeper = Sleeper.virtual(clock, clock::sleepUntil);
    RateLimiter limiter = RateLimiter.rollingWindow(2, Duration.ofSeconds(60), clock, sleeper);
    grantAndRelease(limiter);
    grantAndRelease(limiter);

    assertThat(limiter.acquire(clock.instant().plusSeconds(30))).isNull();
    assertThat(clock.waits()).isEmpty();
    assertThat(grantAndRelease(limiter)).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
  }

  @Test
  void aSlotStaysTakenWhileItsRequestIsInFlightAndForAWindowAfterItsResponse() throws Exception {
    ManualClock clock = new ManualClock();
    Instant start = clock.instant();
    RateLimiter limiter =
        RateLimiter.rollingWindow(1, Duration.ofSeconds(60), clock, Sleeper.virtual(clock, clock::sleepUntil));
    RateLimiter.Permit slow = limiter.acquire(FAR);

    // the first request may reach the server any time until its response: nothing fits in 60 s
    clock.advance(Duration.ofSeconds(90));
    assertThat(limiter.acquire(clock.instant().plusSeconds(59))).isNull();

    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Instant> next = pool.submit(() -> grantAndRelease(limiter));
      slow.release(); // the response comes back at 90 s
      assertThat(next.get()).isEqualTo(start.plusSeconds(150));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(30)
  void aCallerWaitingForASlotIsNotOvertakenByCallersWhoAskLater() throws Exception {
    ManualClock clock = new ManualClock();
    Instant start = clock.instant();
    CountDownLatch parked = new CountDownLatch(1);
    CountDownLatch wake = new CountDownLatch(1);
    Sleeper parking = new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        sleepUntil(clock.instant().plus(duration), clock);
      }

      @Override
      public void sleepUntil(Instant wakeAt, Clock on) throws InterruptedException {
        if (wakeAt.isAfter(on.instant())) {
          parked.countDown();
          wake.await();
          clock.advanceTo(wakeAt);
        }
      }
    };
    RateLimiter limiter = RateLimiter.rollingWindow(1, Duration.ofSeconds(60), clock, parking);
    grantAndRelease(limiter);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Instant> waiting = pool.submit(() -> grantAndRelease(limiter));
      parked.await();
      clock.advance(Duration.ofSeconds(60));
      Thread[] later = new Thread[1];
      Future<Instant> asksLater = pool.submit(() -> {
        later[0] = Thread.currentThread();
        return grantAndRelease(limiter);
      });
      while (later[0] == null || later[0].getState() != Thread.State.WAITING) {
        Thread.onSpinWait(); // the later caller is queued behind the parked one
      }
      wake.countDown();

      assertThat(waiting.get()).isEqualTo(start.plusSeconds(60));
      assertThat(asksLater.get()).isEqualTo(start.plusSeconds(120));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnlimitedLimiterGrantsAtOnceButNeverAtOrAfterTheDeadline() throws Exception {
    RateLimiter limiter = RateLimiter.unlimited();
    Instant now = Instant.now();

    assertThat(limiter.acquire(now.plusSeconds(60))).isNotNull();
    assertThat(limiter.acquire(now.plusSeconds(60))).isNotNull();
    assertThat(limiter.acquire(now.minusSeconds(1))).isNull();
  }

  @Test
  void lockOutHoldsUntilItsEndAndIsNeverShortened() throws Exception {
    ManualClock clock = new ManualClock();
    RateLimiter limiter =
        RateLimiter.rollingWindow(5, Duration.ofSeconds(60), clock, Sleeper.virtual(clock, clock::sleepUntil));
    Instant fiveMinutes = clock.instant().plusSeconds(300);

    limiter.lockUntil(fiveMinutes);
    limiter.lockUntil(clock.instant().plusSeconds(10));

    assertThat(limiter.readLockedUntil()).isEqualTo(fiveMinutes);
    clock.advance(Duration.ofSeconds(299));
    assertThat(limiter.readLockedUntil()).isEqualTo(fiveMinutes);
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.readLockedUntil()).isNull();
  }

  /** Takes a permit and answers its request at once, as a request with an instant response. */
  private static Instant grantAndRelease(RateLimiter limiter) throws InterruptedException {
    RateLimiter.Permit permit = limiter.acquire(FAR);
    assertThat(permit).isNotNull();
    permit.release();
    return permit.grantedAt();
  }
}
