package io.github.hrsync.core.error;

/**
 * The calling thread was interrupted while the call waited (for a rate-limit slot, a response, a
 * body or a backoff). The call stopped at once and the thread's interrupt flag is still set. For
 * requests that are not safe to repeat the server may or may not have acted.
 */
public class ApiInterruptedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   * @param cause the interruption
   */
  public ApiInterruptedException(ErrorContext context, InterruptedException cause) {
    super(context, "interrupted", cause);
  }
}
