package io.github.hrsync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The server answered, but not as the API documents: an undocumented status, or a body that is
 * empty or not the expected JSON.
 */
public class UnexpectedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   * @param reason what was unexpected
   * @param cause the parse failure, if any
   */
  public UnexpectedResponseException(
      ErrorContext context, String reason, @Nullable Throwable cause) {
    super(context, reason, cause);
  }
}
