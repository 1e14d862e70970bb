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
}
