package io.github.hrsync.core.error;

/**
 * The credentials are valid but not allowed to do this (HTTP 403), or API access is not enabled for
 * the account. Never retried.
 */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param context what is known about the call
   */
  public PermissionDeniedException(ErrorContext context) {
    super(context, "Forbidden: the credentials lack a permission or API access is not enabled", null);
  }
}
