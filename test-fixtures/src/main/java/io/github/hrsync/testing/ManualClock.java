package io.github.hrsync.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time that moves only when a test (or a wait) moves it, for client-core's own tests, which
 * cannot use the test kit's {@code VirtualClock}: the test kit depends on client-core. Waits
 * return at once, having moved the clock, and are recorded. Thread-safe.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  public void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }

  public void advanceTo(Instant instant) {
    now.updateAndGet(t -> t.isBefore(instant) ? instant : t);
  }

  /** A wait in manual time: moves the clock to {@code wakeAt} and records the wait. */
  public void sleepUntil(Instant wakeAt) {
    Duration wait = Duration.between(instant(), wakeAt);
    if (!wait.isNegative() && !wait.isZero()) {
      waits.add(wait);
      advanceTo(wakeAt);
      Thread.yield();
    }
  }

  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
