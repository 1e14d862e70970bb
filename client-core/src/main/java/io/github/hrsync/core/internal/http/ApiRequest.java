package io.github.hrsync.core.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One logical API call, independent of attempts.
 *
 * @param method the HTTP method
 * @param path the percent-encoded path below the base URL, starting with {@code /}
 * @param query query parameters in order (values not yet encoded)
 * @param body the request body, if any
 * @param retrySafe whether repeating the request cannot cause a second effect
 * @param authenticated whether the credentials are sent
 * @param accept the {@code Accept} header
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> query,
    @Nullable BodySource body,
    boolean retrySafe,
    boolean authenticated,
    String accept) {
  private static final String JSON = "application/json";

  /**
   * Copies the query, keeping its order.
   *
   * @param method the HTTP method
   * @param path the percent-encoded path below the base URL, starting with {@code /}
   * @param query query parameters in order (values not yet encoded)
   * @param body the request body, if any
   * @param retrySafe whether repeating the request cannot cause a second effect
   * @param authenticated whether the credentials are sent
   * @param accept the {@code Accept} header
   */
  public ApiRequest {
    query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * A GET, safe to retry.
   *
   * @param path the encoded path
   * @param query the query parameters
   * @return the request
   */
  public static ApiRequest get(String path, Map<String, String> query) {
    return new ApiRequest("GET", path, query, null, true, true, JSON);
  }

  /**
   * A request with a body.
   *
   * @param method POST, PUT or PATCH
   * @param path the encoded path
   * @param body the body
   * @param retrySafe whether repeating it cannot cause a second effect
   * @return the request
   */
  public static ApiRequest withBody(
      String method, String path, BodySource body, boolean retrySafe) {
    return new ApiRequest(method, path, Map.of(), body, retrySafe, true, JSON);
  }

  /**
   * A DELETE, safe to retry.
   *
   * @param path the encoded path
   * @return the request
   */
  public static ApiRequest delete(String path) {
    return new ApiRequest("DELETE", path, Map.of(), null, true, true, JSON);
  }

  /** @return this request without credentials */
  public ApiRequest unauthenticated() {
    return new ApiRequest(method, path, query, body, retrySafe, false, accept);
  }

  /**
   * @param mediaTypes the {@code Accept} header value
   * @return this request accepting {@code mediaTypes}
   */
  public ApiRequest accepting(String mediaTypes) {
    return new ApiRequest(method, path, query, body, retrySafe, authenticated, mediaTypes);
  }
}
