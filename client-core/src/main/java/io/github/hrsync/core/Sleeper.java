package io.github.hrsync.core;

import java.time.Duration;

/**
 * Waits for a duration. The clients wait through a {@code Sleeper} (backoff, {@code Retry-After},
 * rate limiting) so that tests can inject one that advances a fake clock instead of blocking.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real sleeper, backed by {@link Thread#sleep(long, int)}.
   *
   * @return a sleeper that blocks the thread
   */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
