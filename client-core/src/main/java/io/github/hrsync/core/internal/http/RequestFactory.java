package io.github.hrsync.core.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/**
 * Turns an {@link ApiRequest} into the HTTP request one attempt sends: the URL below the base
 * URL, the {@code User-Agent}, the credentials when the request is authenticated, and the body.
 * HTTP/2 is asked for only over TLS: a cleartext h2c upgrade of a request with a body is reset by
 * many servers, and plain http is allowed only for loopback sandboxes anyway. Thread-safe.
 */
final class RequestFactory {
  private final String baseUrl;
  private final boolean plainHttp;
  private final String userAgent;
  private final ApiProfile profile;

  RequestFactory(String baseUrl, String userAgent, ApiProfile profile) {
    this.baseUrl = baseUrl;
    this.plainHttp = baseUrl.startsWith("http:");
    this.userAgent = userAgent;
    this.profile = profile;
  }

  HttpRequest build(ApiRequest request) {
    String query = UrlPaths.query(request.query());
    URI uri = URI.create(baseUrl + request.path() + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .version(plainHttp ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
        .header("User-Agent", userAgent)
        .header("Accept", request.accept());
    if (request.authenticated()) {
      profile.authHeaders().forEach((name, value) -> builder.header(name, value.reveal()));
    }
    BodySource body = request.body();
    if (body == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", body.contentType());
      builder.method(request.method(), body.publishers().get());
    }
    return builder.build();
  }

}
