package io.github.hrsync.core.observe;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one attempt ended.
 *
 * @param status the HTTP status, 0 when no response came
 * @param duration from sending to the end of the response (or the failure)
 * @param responseBytes the response body's size when read whole, -1 when streamed or absent
 * @param errorType why the attempt failed: the status code for a non-2xx answer, the exception's
 *     simple class name when no answer came; {@code null} for a success
 * @param requestId the server's request id header, redacted, if it sent one
 */
public record CallResult(int status, Duration duration, long responseBytes,
    @Nullable String errorType, @Nullable String requestId) {

  /** @return whether the attempt got a 2xx answer */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }
}
