package io.github.hrsync.core.observe;

import java.util.Objects;

/**
 * One attempt of an HTTP call, as an observer sees it: no id, name or e-mail in any part.
 *
 * @param callId a number unique to this attempt in this JVM, to pair its start and finish
 * @param api the client's product token ({@code jobticket}, {@code hrfeed})
 * @param method the HTTP method
 * @param route the path's template below the base URL, such as {@code /users/{id}}; an
 *     unrecognised path is {@code /{unknown}}
 * @param serverAddress the host the call goes to
 * @param serverPort the port the call goes to
 * @param attempt 1 for the first attempt, 2 for the first retry and so on
 */
public record HttpCall(long callId, String api, String method, String route,
    String serverAddress, int serverPort, int attempt) {

  /**
   * Requires the parts.
   *
   * @param callId a number unique to this attempt in this JVM, to pair its start and finish
   * @param api the client's product token ({@code jobticket}, {@code hrfeed})
   * @param method the HTTP method
   * @param route the path's template below the base URL
   * @param serverAddress the host the call goes to
   * @param serverPort the port the call goes to
   * @param attempt 1 for the first attempt, 2 for the first retry and so on
   */
  public HttpCall {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(serverAddress, "serverAddress");
  }
}
