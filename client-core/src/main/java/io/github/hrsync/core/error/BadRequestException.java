package io.github.hrsync.core.error;

/**
 * The server rejected the request as malformed (HTTP 400). Fix the request; it is never retried.
 */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   */
  public BadRequestException(ErrorContext context) {
    super(context, "Bad Request", null);
  }
}
