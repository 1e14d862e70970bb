package io.github.hrsync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A request that is not safe to repeat (a create) failed in a way that leaves its outcome
 * unknown, and the follow-up lookups could not tell before the call deadline whether it took
 * effect. It was <em>not</em> sent again, so it cannot have taken effect twice. The context is
 * that of the failed request; the cause is its failure. Find out later (a sync's next plan does)
 * rather than repeating it blindly.
 */
public class OutcomeUnknownException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context the failed request's context
   * @param reason what is unknown and what was tried
   * @param cause the failure of the request
   */
  public OutcomeUnknownException(ErrorContext context, String reason,
      @Nullable Throwable cause) {
    super(context, reason, cause);
  }
}
