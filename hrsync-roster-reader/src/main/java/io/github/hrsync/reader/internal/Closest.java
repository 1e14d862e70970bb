package io.github.hrsync.reader.internal;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The closest of some names to a misspelt one: what a message suggests. */
public final class Closest {
  private Closest() {}

  /**
   * @param wanted the name written
   * @param names the names there are
   * @return the name with the fewest edits from {@code wanted} (case ignored), if it is close
   *     enough to be a likely typo (at most a third of its length, at least 2 edits allowed)
   */
  private static @Nullable String to(String wanted, Collection<String> names) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : names) {
      int distance = distance(wanted.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, wanted.length() / 3) ? best : null;
  }

  /**
   * @param wanted the name written
   * @param names the names there are
   * @return {@code "; did you mean 'NAME'?"} for the closest name, or nothing when none is close
   */
  public static String suggestion(String wanted, Collection<String> names) {
    String closest = to(wanted, names);
    return closest == null ? "" : "; did you mean '" + closest + "'?";
  }

  /** Levenshtein's edit distance, in two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
