package io.github.hrsync.core.error;

/**
 * The request conflicts with the current state of the resource (HTTP 409).
 */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   */
  public ConflictException(ErrorContext context) {
    super(context, "Conflict with the current state of the resource", null);
  }
}
