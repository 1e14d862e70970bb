package io.github.hrsync.core.testing;

import io.github.hrsync.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sleeper for virtual time: it returns at once after moving a {@link FakeClock} to the moment
 * the caller would wake, and records every wait. {@link #sleepUntil} moves the clock to exactly
 * the instant asked for, so threads waiting at once wake at their own moments and never push one
 * another's wake-ups later; the clock only ever moves forward.
 */
public final class FakeSleeper implements Sleeper {
  private final FakeClock clock;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public FakeSleeper(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleepUntil(clock.instant().plus(duration), clock);
  }

  @Override
  public void sleepUntil(Instant wakeAt, Clock ignored) {
    Duration wait = Duration.between(clock.instant(), wakeAt);
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    sleeps.add(wait);
    clock.advanceTo(wakeAt);
    Thread.yield();
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
