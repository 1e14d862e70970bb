package io.github.hrsync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a failed call: the request line and, where a response arrived, its status,
 * request id and body. It never holds credentials: the path has its ids percent-encoded and the
 * body has every secret of the client replaced by {@code [redacted]} and is cut to a few
 * kilobytes.
 *
 * @param method the HTTP method
 * @param path the request path as sent (query string excluded)
 * @param statusCode the HTTP status, or 0 when no response arrived
 * @param requestId the server's request id header, if any
 * @param responseBody the start of the response body, if any
 * @param serverMessage the error message the server put in its body, if one could be read
 */
public record ErrorContext(
    String method,
    String path,
    int statusCode,
    @Nullable String requestId,
    @Nullable String responseBody,
    @Nullable String serverMessage) {}
