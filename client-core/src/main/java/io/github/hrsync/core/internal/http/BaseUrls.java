package io.github.hrsync.core.internal.http;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.UnknownHostException;

/**
 * Checks base URLs (absolute, https, plain http only for loopback hosts) and gives each its
 * canonical form.
 */
public final class BaseUrls {
  private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

  private BaseUrls() {}

  /**
   * Validates a base URL and gives its canonical form, the one identity of the API instance it
   * names: scheme and host in lower case, the scheme's default port dropped, {@code .} and
   * {@code ..} segments resolved, repeated and trailing slashes dropped, percent-escapes in upper
   * case. Two spellings of one address give one form; two hosts, ports or paths give two.
   *
   * @param url the configured URL
   * @return the canonical URL, without trailing slash, query or fragment
   * @throws IllegalArgumentException when the URL is relative, has a query or fragment, or uses
   *     plain http for a host that is not loopback
   */
  public static URI normalize(URI url) {
    if (!url.isAbsolute() || url.getHost() == null) {
      throw new IllegalArgumentException("base URL must be absolute with a host, was " + url);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("base URL must not have a query or fragment: " + url);
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") && !isLoopback(url.getHost())) {
      throw new IllegalArgumentException("base URL must use https (plain http is allowed only for "
          + "loopback hosts, credentials would travel in clear text): " + url);
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("base URL must use https, was " + url);
    }
    int port = url.getPort() == (scheme.equals("https") ? 443 : 80) ? -1 : url.getPort();
    String path = url.normalize().getRawPath();
    path = path == null ? "" : path.replaceAll("/{2,}", "/");
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT)
        + (port < 0 ? "" : ":" + port) + upperCaseEscapes(path));
  }

  private static String upperCaseEscapes(String path) {
    Matcher escape = ESCAPE.matcher(path);
    StringBuilder out = new StringBuilder(path.length());
    while (escape.find()) {
      escape.appendReplacement(out, escape.group().toUpperCase(Locale.ROOT));
    }
    return escape.appendTail(out).toString();
  }

  private static boolean isLoopback(String host) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // never resolve names: a DNS answer must not decide where credentials go
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
