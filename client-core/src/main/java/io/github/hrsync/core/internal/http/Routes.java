package io.github.hrsync.core.internal.http;

import java.util.List;

/**
 * The route templates of one API ({@code /users/{id}}), so that what observers see of a call
 * names its route and never an id the path carries. A template's segment in braces matches any
 * one segment; every other segment matches itself. The first template that matches wins, so a
 * specific one ({@code /users/external/{externalId}}) goes before a general one. Immutable.
 */
final class Routes {
  /** What an observer sees of a path no template matches: nothing of the path itself. */
  static final String UNKNOWN = "/{unknown}";

  private final List<String[]> templates;
  private final List<String> names;

  Routes(List<String> templates) {
    this.names = List.copyOf(templates);
    this.templates = names.stream().map(Routes::segments).toList();
  }

  /**
   * @param path a request's percent-encoded path, starting with {@code /}
   * @return its template, or {@link #UNKNOWN}
   */
  String of(String path) {
    String[] actual = segments(path);
    for (int i = 0; i < templates.size(); i++) {
      if (matches(templates.get(i), actual)) {
        return names.get(i);
      }
    }
    return UNKNOWN;
  }

  private static boolean matches(String[] template, String[] actual) {
    if (template.length != actual.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      String segment = template[i];
      boolean variable = segment.startsWith("{") && segment.endsWith("}");
      if (!variable && !segment.equals(actual[i])) {
        return false;
      }
    }
    return true;
  }

  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
