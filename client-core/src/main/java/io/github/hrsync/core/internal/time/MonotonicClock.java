package io.github.hrsync.core.internal.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The SDK's default clock: UTC read once when the class loads, then advanced by
 * {@link System#nanoTime()}. Deadlines, backoffs and rolling windows measured within one process
 * never jump when the wall clock is stepped (by an administrator, a VM resume, NTP correcting a
 * large error): a step back 30 minutes cannot make every call wait half an hour. Processes that
 * share a rate budget each read their own; a store bounds what a step between them costs (see
 * {@code RateBudgetState}). Thread-safe; one instance per JVM.
 */
public final class MonotonicClock extends Clock {
  /** The JVM's one monotonic clock. */
  public static final MonotonicClock INSTANCE = new MonotonicClock();

  private final Instant anchor = Instant.now();
  private final long anchorNanos = System.nanoTime();

  private MonotonicClock() {}

  @Override
  public Instant instant() {
    return anchor.plusNanos(System.nanoTime() - anchorNanos);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? this : new Zoned(zone);
  }

  /** This clock's reading in another zone. */
  private static final class Zoned extends Clock {
    private final ZoneId zone;

    Zoned(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public Instant instant() {
      return INSTANCE.instant();
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return INSTANCE.withZone(other);
    }
  }
}
