package io.github.hrsync.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock on {@link System#nanoTime()}, the time source {@link HostileServer} stamps arrivals
 * with, so that a limiter's windows and the server's compare exactly. On Linux the source is the
 * system-wide monotonic clock, the same in every process of the machine.
 */
public final class NanoClock extends Clock {
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.EPOCH.plusNanos(System.nanoTime());
  }
}
