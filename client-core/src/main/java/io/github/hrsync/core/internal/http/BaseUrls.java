package io.github.hrsync.core.internal.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Checks base URLs: absolute, https, plain http only for loopback hosts. */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Validates a base URL and strips a trailing slash.
   *
   * @param url the configured URL
   * @return the URL without trailing slash, query or fragment
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
    String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (scheme.equals("http") && !isLoopback(url.getHost())) {
      throw new IllegalArgumentException("base URL must use https (plain http is allowed only for "
          + "loopback hosts, credentials would travel in clear text): " + url);
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("base URL must use https, was " + url);
    }
    String text = url.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
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
