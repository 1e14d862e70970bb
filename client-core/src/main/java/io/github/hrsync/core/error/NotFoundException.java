package io.github.hrsync.core.error;

/**
 * The addressed resource does not exist (HTTP 404).
 */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   */
  public NotFoundException(ErrorContext context) {
    super(context, "Not Found", null);
  }

  /**
   * Creates the exception with a reason that says more than "Not Found" (for example, that the
   * base URL is likely wrong).
   *
   * @param context what is known about the call
   * @param reason what the 404 most likely means, and what to check
   */
  public NotFoundException(ErrorContext context, String reason) {
    super(context, reason, null);
  }
}
