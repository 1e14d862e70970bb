package io.github.hrsync.core.error;

/**
 * No usable response arrived: the connection was refused or reset, or the response was cut off.
 * For requests that are not safe to repeat (a create) the server may or may not have acted.
 */
public class ApiConnectionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   * @param cause the I/O failure
   */
  public ApiConnectionException(ErrorContext context, Throwable cause) {
    super(context, "connection failed (" + cause.getClass().getSimpleName() + ")", cause);
  }
}
