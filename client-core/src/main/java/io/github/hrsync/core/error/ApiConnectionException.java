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

  /**
   * Creates the exception, naming where the call went.
   *
   * @param context what is known about the call
   * @param baseUrl the base URL the call went to (its host and port are named first)
   * @param cause the I/O failure
   */
  public ApiConnectionException(ErrorContext context, java.net.URI baseUrl, Throwable cause) {
    super(context, "could not reach " + baseUrl.getHost() + (baseUrl.getPort() < 0 ? ""
        : ":" + baseUrl.getPort()) + " (base URL " + baseUrl + "): "
        + cause.getClass().getSimpleName() + "; check the base URL and the network", cause);
  }
}
