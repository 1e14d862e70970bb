package io.github.hrsync.core.error;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The credential is rate limited (HTTP 429), or the client refused to send because the credential
 * is still locked out from an earlier 429. No request is sent until {@link #lockedUntil()}.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** When the lock-out ends, if known. */
  private final @Nullable Instant lockedUntil;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call (status 0 when the client refused to send)
   * @param lockedUntil when the lock-out ends, if known
   */
  public RateLimitException(ErrorContext context, @Nullable Instant lockedUntil) {
    super(context, reason(context, lockedUntil), null);
    this.lockedUntil = lockedUntil;
  }

  /** @return when the credential may be used again, if known */
  public @Nullable Instant lockedUntil() {
    return lockedUntil;
  }

  /**
   * How long to wait from {@code now} before the credential may be used again.
   *
   * @param now the current instant
   * @return the remaining lock-out, zero when it is over or unknown
   */
  public Duration retryAfter(Instant now) {
    if (lockedUntil == null || !lockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, lockedUntil);
  }

  private static String reason(ErrorContext context, @Nullable Instant lockedUntil) {
    String base = context.statusCode() == 429
        ? "Too Many Requests: the credential is rate limited"
        : "not sent: the credential is locked out after an earlier 429";
    return lockedUntil == null ? base : base + " until " + lockedUntil;
  }
}
