package io.github.hrsync.core.error;

/**
 * The credentials were missing or invalid (HTTP 401). Never retried; check the API key or token.
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   */
  public AuthenticationException(ErrorContext context) {
    super(context, "Unauthorized: the credentials are missing or invalid", null);
  }
}
