package io.github.hrsync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A call to an API failed. Subclasses name the reason: one per documented HTTP status class, plus
 * {@link ApiConnectionException}, {@link ApiTimeoutException} and
 * {@link UnexpectedResponseException}.
 *
 * <p>Every instance carries the method, the percent-encoded path, the status (0 when no response
 * arrived), the server's request id and the start of the response body. None of them, nor the
 * message, ever contains a credential.
 */
public class ApiException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /** What is known about the failed call. */
  private final ErrorContext context;

  /**
   * Creates an exception for a failed call.
   *
   * @param context what is known about the call
   * @param reason a short human-readable reason
   * @param cause the underlying failure, if any
   */
  public ApiException(ErrorContext context, String reason, @Nullable Throwable cause) {
    super(describe(context, reason), cause);
    this.context = context;
  }

  /** @return the request and response facts of the failed call */
  public ErrorContext context() {
    return context;
  }

  /** @return the HTTP method of the failed call */
  public String method() {
    return context.method();
  }

  /** @return the percent-encoded request path of the failed call */
  public String path() {
    return context.path();
  }

  /** @return the HTTP status, or 0 when no response arrived */
  public int statusCode() {
    return context.statusCode();
  }

  /** @return the server's request id, if it sent one */
  public @Nullable String requestId() {
    return context.requestId();
  }

  /** @return the start of the response body (secrets redacted), if there was one */
  public @Nullable String responseBody() {
    return context.responseBody();
  }

  /** @return the error message read from the response body, if any */
  public @Nullable String serverMessage() {
    return context.serverMessage();
  }

  private static String describe(ErrorContext context, String reason) {
    StringBuilder text = new StringBuilder()
        .append(context.method()).append(' ').append(context.path()).append(" failed: ");
    if (context.statusCode() > 0) {
      text.append(context.statusCode()).append(' ');
    }
    text.append(reason);
    if (context.serverMessage() != null) {
      text.append(": ").append(context.serverMessage());
    }
    if (context.requestId() != null) {
      text.append(" (request id ").append(context.requestId()).append(')');
    }
    return text.toString();
  }
}
