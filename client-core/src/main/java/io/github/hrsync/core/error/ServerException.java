package io.github.hrsync.core.error;

/**
 * The server failed (HTTP 5xx). Retried only where the retry policy allows and the request is safe
 * to repeat; this is thrown once the retries are used up or not allowed.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   */
  public ServerException(ErrorContext context) {
    super(context, "Server error", null);
  }
}
