package io.github.hrsync.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to, and the waits of the code under test with it: hand it to
 * an hrsync client as {@code .clock(clock).sleeper(Sleeper.virtual(clock, clock::sleepUntil))}
 * and every backoff, {@code Retry-After} and rate-limit wait returns at once, having moved the
 * clock to the instant it waited for. The clock only ever moves forward, so threads waiting at
 * once each wake at their own moment. Every wait is recorded. Thread-safe.
 */
public final class VirtualClock extends Clock {
  /** The instant a new clock starts at. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  /** @param start the instant the clock starts at */
  public VirtualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** A clock at {@link #DEFAULT_START}. */
  public VirtualClock() {
    this(DEFAULT_START);
  }

  /** @param duration how far to move the clock forward */
  public void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }

  /** @param instant the instant to move to, unless the clock is already later */
  public void advanceTo(Instant instant) {
    now.updateAndGet(t -> t.isBefore(instant) ? instant : t);
  }

  /**
   * Waits in virtual time: moves the clock to {@code wakeAt} (unless it is later already) and
   * records the wait. Returns at once.
   *
   * @param wakeAt the instant to wake at
   */
  public void sleepUntil(Instant wakeAt) {
    Duration wait = Duration.between(now.get(), wakeAt);
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    waits.add(wait);
    advanceTo(wakeAt);
    Thread.yield();
  }

  /** @return every wait so far, in the order they began */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** @return the sum of every wait so far */
  public Duration totalWaited() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return java.util.Objects.requireNonNull(now.get());
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
