package io.github.hrsync.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Percent-encoding of path segments and query strings (RFC 3986). */
public final class UrlPaths {
  /** The longest id or path sent: far above any real id, well below any server's URL limit. */
  public static final int MAX_LENGTH = 256;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  /** What a path segment may hold unescaped (RFC 3986 pchar, without {@code %}). */
  private static final String PCHAR_EXTRA = "-._~!$&'()*+,;=:@";

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
      path.append('/').append(encode(id(segment, "path segment")));
    }
    return path.toString();
  }

  /**
   * Checks an id (or any caller-supplied value) that becomes one path segment. An empty value,
   * {@code .} or {@code ..} would address another resource once a server or proxy normalises the
   * path, so they are refused, as is a value longer than {@link #MAX_LENGTH}.
   *
   * @param value the raw id
   * @param name what the id is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the id when it cannot be a segment
   */
  public static String id(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '" + value
          + "': a dot segment would address another resource");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(name + " must be at most " + MAX_LENGTH
          + " characters, was " + value.length() + " ('" + value.substring(0, 32) + "...')");
    }
    return value;
  }

  /**
   * Checks a fixed path a caller configures (such as a health-check path): it starts with
   * {@code /}, has no empty, {@code .} or {@code ..} segment, no query, fragment or percent
   * escape, only characters a path segment may hold unescaped, and at most {@link #MAX_LENGTH}
   * characters.
   *
   * @param path the path
   * @param name what the path is, for the message
   * @return {@code path}
   * @throws IllegalArgumentException naming the path and what is wrong with it
   */
  public static String fixedPath(String path, String name) {
    if (path == null || !path.startsWith("/") || path.length() < 2
        || path.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(name + " must start with '/' and have 2 to "
          + MAX_LENGTH + " characters, was '" + path + "'");
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(name + " must not have an empty, '.' or '..' "
            + "segment, was '" + path + "'");
      }
      for (char c : segment.toCharArray()) {
        if (!isAlphanumeric(c) && PCHAR_EXTRA.indexOf(c) < 0) {
          throw new IllegalArgumentException(name + " may hold only letters, digits and "
              + PCHAR_EXTRA + " between slashes, was '" + path + "'");
        }
      }
    }
    return path;
  }

  private static boolean isAlphanumeric(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
      if (isAlphanumeric(c) || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
