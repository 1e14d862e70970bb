package io.github.hrsync.testkit;

import java.time.Duration;

/**
 * Faults the sandbox injects, to watch the SDK's retries at work.
 *
 * @param resetEvery close every n-th connection without an answer (0: never)
 * @param unavailableEvery answer every n-th request with 503 and {@code Retry-After: 1} (0: never)
 * @param delay wait this long before every answer
 */
public record SandboxFaults(int resetEvery, int unavailableEvery, Duration delay) {

  /**
   * Rejects negative values.
   *
   * @param resetEvery close every n-th connection without an answer (0: never)
   * @param unavailableEvery answer every n-th request with 503 and {@code Retry-After: 1} (0:
   *     never)
   * @param delay wait this long before every answer
   */
  public SandboxFaults {
    if (resetEvery < 0 || unavailableEvery < 0 || delay.isNegative()) {
      throw new IllegalArgumentException("sandbox faults must not be negative");
    }
  }

  /** @return no faults */
  public static SandboxFaults none() {
    return new SandboxFaults(0, 0, Duration.ZERO);
  }
}
