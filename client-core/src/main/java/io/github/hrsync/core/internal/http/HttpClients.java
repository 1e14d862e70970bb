package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.ClientSettings;
import java.net.http.HttpClient;
import java.util.Objects;

/**
 * The {@link HttpClient} a transport sends with: the caller's own, refused when it follows
 * redirects (a followed redirect would carry the credentials to another origin), or a new one
 * that never follows them.
 */
final class HttpClients {
  private HttpClients() {}

  static HttpClient of(ClientSettings settings) {
    return settings.httpClient() != null
        ? noRedirects(Objects.requireNonNull(settings.httpClient())) : defaultClient(settings);
  }

  private static HttpClient noRedirects(HttpClient supplied) {
    if (supplied.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException("the supplied HttpClient follows redirects ("
          + supplied.followRedirects() + "): it would send the credentials to whatever origin "
          + "a redirect names; build it with followRedirects(HttpClient.Redirect.NEVER)");
    }
    return supplied;
  }

  private static HttpClient defaultClient(ClientSettings settings) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (settings.executor() != null) {
      builder.executor(Objects.requireNonNull(settings.executor()));
    }
    return builder.build();
  }
}
