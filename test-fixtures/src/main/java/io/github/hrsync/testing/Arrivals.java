package io.github.hrsync.testing;

import java.time.Duration;
import java.util.List;

/** What a server saw of a client's rate: arrivals counted as the server counts them. */
public final class Arrivals {
  private Arrivals() {}

  /**
   * The most requests that arrived in any rolling window (spanning less than {@code window}).
   *
   * @param nanos arrival instants from {@link System#nanoTime()}, in any order
   * @param window the rolling window
   * @return the largest count in one window
   */
  public static int mostInAnyWindow(List<Long> nanos, Duration window) {
    List<Long> sorted = nanos.stream().sorted().toList();
    long windowNanos = window.toNanos();
    int most = 0;
    int start = 0;
    for (int end = 0; end < sorted.size(); end++) {
      while (sorted.get(end) - sorted.get(start) >= windowNanos) {
        start++;
      }
      most = Math.max(most, end - start + 1);
    }
    return most;
  }
}
