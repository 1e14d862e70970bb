package io.github.hrsync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The call ran out of time: an attempt exceeded its timeout and no retry was allowed, or the
 * overall call deadline (which bounds every attempt, backoff and rate-limit wait) would pass. For
 * requests that are not safe to repeat the server may or may not have acted.
 */
public class ApiTimeoutException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   * @param reason what ran out of time
   * @param cause the timeout reported by the HTTP client, if any
   */
  public ApiTimeoutException(ErrorContext context, String reason, @Nullable Throwable cause) {
    super(context, reason, cause);
  }
}
