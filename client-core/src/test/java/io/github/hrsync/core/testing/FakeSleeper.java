package io.github.hrsync.core.testing;

import io.github.hrsync.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sleeper that returns at once after moving a {@link FakeClock} to the moment the sleeper would
 * wake, and records every wait. Threads sleeping at the same time wake at their own moments: the
 * clock moves to the latest of them, it does not add their waits up.
 */
public final class FakeSleeper implements Sleeper {
  private final FakeClock clock;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public FakeSleeper(FakeClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    if (!duration.isNegative()) {
      clock.advanceTo(clock.instant().plus(duration));
    }
    Thread.yield();
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public Duration total() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
