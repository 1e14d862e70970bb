package io.github.hrsync.core.error;

/**
 * A {@link io.github.hrsync.core.ratelimit.RateBudgetStore} could not be used: its file or database
 * is unreachable, corrupt or
 * belongs to something else. No request is sent without the budget's consent, so the call that
 * needed it fails with this exception; the message says which store and what to do.
 */
public final class RateBudgetException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the store (never a secret)
   * @param cause the underlying failure, if any
   */
  public RateBudgetException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }
}
