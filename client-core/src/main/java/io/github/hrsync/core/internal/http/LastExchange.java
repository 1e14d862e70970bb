package io.github.hrsync.core.internal.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the server said to the last call made on this thread, for the run record of the operation
 * the call belonged to: a sync reads it right after a client method returns or throws. Calls run
 * on their caller's thread, so the value is the one of that caller's call.
 *
 * @param status the last attempt's HTTP status, 0 when it got no response
 * @param attempts how many attempts the call made
 * @param requestId the server's request id header of the last attempt, redacted, if any
 * @param duration the whole call, rate-limit waits and backoffs included
 */
public record LastExchange(int status, int attempts, @Nullable String requestId,
    Duration duration) {
  private static final ThreadLocal<@Nullable LastExchange> LAST = new ThreadLocal<>();

  static void record(LastExchange exchange) {
    LAST.set(exchange);
  }

  /**
   * Takes the last call's exchange on this thread, leaving none.
   *
   * @return it, or {@code null} when no call was made since the last take
   */
  public static @Nullable LastExchange take() {
    LastExchange exchange = LAST.get();
    LAST.remove();
    return exchange;
  }
}
