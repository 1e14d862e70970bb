package io.github.hrsync.core.internal.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The text rules every hrsync component shares, so that a validator, a planner, a staleness
 * check and a client never disagree about two ids being the same.
 *
 * <p><b>Folding</b> ({@link #fold}): Unicode NFC, then upper case, then lower case, both in
 * {@link Locale#ROOT}. It is locale-independent (a Turkish default locale changes nothing) and
 * folds the special cases together: German {@code ß} equals {@code SS} and {@code ss}, Greek
 * final {@code ς} equals {@code σ} and {@code Σ}, Turkish dotless {@code ı} equals {@code I} and
 * {@code i}. Folding more together, not less, is the safe side: two rows the rule calls the same
 * are refused as duplicates instead of matched to different users.
 */
public final class TextRules {
  /** The characters of an e-mail address's local part besides letters, digits and the dot. */
  private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";
  /** The longest domain label. */
  private static final int MAX_LABEL = 63;
  private static final int MAX_EMAIL_LENGTH = 254;

  private TextRules() {}

  /**
   * The folded form two ids or e-mails are compared by.
   *
   * @param text an id or e-mail
   * @return its folded form
   */
  public static String fold(String text) {
    boolean ascii = true;
    boolean upper = false;
    for (int i = 0; i < text.length() && ascii; i++) {
      char c = text.charAt(i);
      ascii = c < 128;
      upper |= c >= 'A' && c <= 'Z';
    }
    if (ascii) {
      // the same result as below, without copies for the common case
      return upper ? text.toLowerCase(Locale.ROOT) : text;
    }
    String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    return composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * Orders two texts as their folded forms order ({@code fold(a).compareTo(fold(b))}), without
   * folding copies for ASCII text.
   *
   * @param a a text
   * @param b another
   * @return negative, zero or positive as {@code a} folds before, like or after {@code b}
   */
  public static int compareFolded(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x >= 128 || y >= 128) {
        return fold(a).compareTo(fold(b));
      }
      if (x != y) {
        x = x >= 'A' && x <= 'Z' ? (char) (x + 32) : x;
        y = y >= 'A' && y <= 'Z' ? (char) (y + 32) : y;
        if (x != y) {
          return x - y;
        }
      }
    }
    String longer = a.length() > b.length() ? a : b;
    for (int i = common; i < longer.length(); i++) {
      if (longer.charAt(i) >= 128) {
        return fold(a).compareTo(fold(b));
      }
    }
    return a.length() - b.length();
  }

  /**
   * Whether two texts are the same under {@link #fold}.
   *
   * @param a a text
   * @param b another
   * @return whether they fold alike
   */
  public static boolean sameFolded(String a, String b) {
    return a.equals(b) || fold(a).equals(fold(b));
  }

  /**
   * The first character that has no place in a name or id: a control character (CR and LF
   * included), a bidirectional override, embedding, isolate or mark (which make text display
   * other than it reads), or a zero-width character or byte-order mark.
   *
   * @param text a name or id
   * @return a description of the first such character, or {@code null} when there is none
   */
  public static @org.jspecify.annotations.Nullable String unsafeCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return String.format(Locale.ROOT, "a control character (U+%04X)", (int) c);
      }
      if (c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        return String.format(Locale.ROOT, "a bidirectional control character (U+%04X)", (int) c);
      }
      if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
        return String.format(Locale.ROOT, "a zero-width character (U+%04X)", (int) c);
      }
    }
    return null;
  }

  /**
   * Whether a text is shaped like an e-mail address: one {@code @}, a dotted domain with a
   * top-level label of letters, at most 254 characters, and no white space, CR or LF anywhere.
   *
   * @param email the text
   * @return whether it is an e-mail address
   */
  public static boolean isEmail(String email) {
    // the rule, as a regular expression: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[same]+)*
    // @[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[same label])*\.[A-Za-z]{2,63}; checked by
    // hand, since a matcher allocated 680 bytes a call and a roster checks 1,000,000s of them
    int length = email.length();
    int at = email.indexOf('@');
    if (length > MAX_EMAIL_LENGTH || at <= 0 || email.indexOf('@', at + 1) >= 0) {
      return false;
    }
    boolean segmentStart = true;
    for (int i = 0; i < at; i++) {
      char c = email.charAt(i);
      if (c == '.' ? segmentStart : !(isAsciiAlphanumeric(c) || LOCAL_SYMBOLS.indexOf(c) >= 0)) {
        return false;
      }
      segmentStart = c == '.';
    }
    if (segmentStart) {
      return false;
    }
    int labels = 0;
    int labelStart = at + 1;
    for (int end = at + 1; end <= length; end++) {
      if (end < length && email.charAt(end) != '.') {
        continue;
      }
      boolean topLevel = end == length;
      if (topLevel ? labels == 0 || !isTopLevelLabel(email, labelStart, end)
          : !isLabel(email, labelStart, end)) {
        return false;
      }
      labels++;
      labelStart = end + 1;
    }
    return true;
  }

  /** A domain label: 1 to 63 letters, digits and hyphens, a letter or digit at both ends. */
  private static boolean isLabel(String text, int start, int end) {
    if (end - start < 1 || end - start > MAX_LABEL || !isAsciiAlphanumeric(text.charAt(start))
        || !isAsciiAlphanumeric(text.charAt(end - 1))) {
      return false;
    }
    for (int i = start + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (!isAsciiAlphanumeric(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** The top-level label: 2 to 63 letters. */
  private static boolean isTopLevelLabel(String text, int start, int end) {
    if (end - start < 2 || end - start > MAX_LABEL) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * Checks a required name or id.
   *
   * @param value the value
   * @param field the field's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the field when the value is null, blank or holds an
   *     unsafe character
   */
  public static String requireText(@org.jspecify.annotations.Nullable String value,
      String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return checkText(value, field);
  }

  /**
   * Checks an optional name or id.
   *
   * @param value the value
   * @param field the field's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the field when the value holds an unsafe character
   */
  public static String checkText(String value, String field) {
    String unsafe = unsafeCharacter(value);
    if (unsafe != null) {
      throw new IllegalArgumentException(field + " must not contain " + unsafe);
    }
    return value;
  }

  /**
   * Checks a required e-mail address.
   *
   * @param value the value
   * @param field the field's name, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the field when the value is not an e-mail address
   */
  public static String requireEmail(@org.jspecify.annotations.Nullable String value,
      String field) {
    String text = requireText(value, field);
    if (!isEmail(text)) {
      throw new IllegalArgumentException(field + " '" + value + "' is not an e-mail address "
          + "(one @, a dotted domain, no white space)");
    }
    return text;
  }

  /**
   * Finds the first value that equals an earlier one under {@link #fold}, with the same
   * {@link CaseInsensitiveIndex} every other duplicate check uses (the roster's validation).
   *
   * @param values the values, in order
   * @return the positions {@code {earlier, later}} of the first repeat (the smallest
   *     {@code later}), or {@code null} when every value is distinct
   */
  public static int @org.jspecify.annotations.Nullable [] firstFoldedRepeat(List<String> values) {
    CaseInsensitiveIndex<Integer> seen = new CaseInsensitiveIndex<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      Integer earlier = seen.putIfAbsent(values.get(i), i);
      if (earlier != null) {
        return new int[] {earlier, i};
      }
    }
    return null;
  }
}
