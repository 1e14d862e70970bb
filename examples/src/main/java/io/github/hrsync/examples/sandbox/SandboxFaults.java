package io.github.hrsync.examples.sandbox;

import java.time.Duration;

/**
 * Faults the sandbox injects, to watch the SDK's retries at work.
 *
 * @param resetEvery close every n-th connection without an answer (0: never)
 * @param unavailableEvery answer every n-th request with 503 and {@code Retry-After: 1} (0: never)
 * @param delay wait this long before every answer
 */
public record SandboxFaults(int resetEvery, int unavailableEvery, Duration delay) {

  /** @return no faults */
  public static SandboxFaults none() {
    return new SandboxFaults(0, 0, Duration.ZERO);
  }

  /**
   * Reads faults from command-line flags: {@code --reset-every=N}, {@code --unavailable-every=N},
   * {@code --delay-ms=N}.
   *
   * @param args the program arguments
   * @return the faults named, none for the rest
   */
  public static SandboxFaults fromArgs(String[] args) {
    int reset = 0;
    int unavailable = 0;
    long delay = 0;
    for (String arg : args) {
      if (arg.startsWith("--reset-every=")) {
        reset = Integer.parseInt(arg.substring("--reset-every=".length()));
      } else if (arg.startsWith("--unavailable-every=")) {
        unavailable = Integer.parseInt(arg.substring("--unavailable-every=".length()));
      } else if (arg.startsWith("--delay-ms=")) {
        delay = Long.parseLong(arg.substring("--delay-ms=".length()));
      }
    }
    return new SandboxFaults(reset, unavailable, Duration.ofMillis(delay));
  }
}
