package io.github.hrsync.examples;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name=value} flags, refusing unknown names. */
final class Flags {
  private static final Set<String> KNOWN = Set.of("jobticket-url", "hrfeed-url",
      "integration-id", "roster", "mapping", "rows", "rate-budget-dir", "reset-every",
      "unavailable-every", "delay-ms", "approve-jobticket", "approve-hrfeed", "approved-by", "reason", "run-log", "run", "last",
      "concurrency", "verbose", "detailed-exitcode");
  /** Flags that take no value. */
  private static final Set<String> SWITCHES = Set.of("verbose", "detailed-exitcode");

  private Flags() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && SWITCHES.contains(arg.substring(2))) {
        flags.put(arg.substring(2), "true");
        continue;
      }
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
      if (name == null || !KNOWN.contains(name) || SWITCHES.contains(name)) {
        throw new IllegalArgumentException("unknown argument '" + arg + "'; known: --"
            + String.join("=..., --", new java.util.TreeSet<>(KNOWN)) + "=... (--verbose and "
            + "--detailed-exitcode take no value)");
      }
      flags.put(name, arg.substring(eq + 1));
    }
    return flags;
  }

  static int number(Map<String, String> flags, String name, int defaultValue) {
    String value = flags.get(name);
    if (value == null) {
      return defaultValue;
    }
    if (!value.matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException("--" + name + " takes a whole number from 0, was '"
          + value + "'");
    }
    return Integer.parseInt(value);
  }
}
