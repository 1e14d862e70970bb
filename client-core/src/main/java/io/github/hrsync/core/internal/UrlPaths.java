package io.github.hrsync.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Percent-encoding of path segments and query strings (RFC 3986). */
public final class UrlPaths {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlPaths() {}

  /**
   * Joins segments into an encoded path: each segment is encoded whole, so {@code a/b?c#d}
   * reaches the server as one segment.
   *
   * @param segments raw segments
   * @return the path, starting with {@code /}
   */
  public static String path(String... segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("a path segment must not be empty");
      }
      path.append('/').append(encode(segment));
    }
    return path.toString();
  }

  /**
   * Encodes a query string in map order.
   *
   * @param query parameter name to value
   * @return the query without {@code ?}, empty when there are no parameters
   */
  public static String query(Map<String, String> query) {
    StringBuilder text = new StringBuilder();
    query.forEach((name, value) -> {
      if (text.length() > 0) {
        text.append('&');
      }
      text.append(encode(name)).append('=').append(encode(value));
    });
    return text.toString();
  }

  /**
   * Percent-encodes every byte of the UTF-8 form except the unreserved characters
   * {@code A-Z a-z 0-9 - . _ ~}.
   *
   * @param raw the text
   * @return the encoded text
   */
  public static String encode(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 8);
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
