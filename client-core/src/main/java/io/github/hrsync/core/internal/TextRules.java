package io.github.hrsync.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

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
  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
          + "[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");
  private static final int MAX_EMAIL_LENGTH = 254;

  private TextRules() {}

  /**
   * The folded form two ids or e-mails are compared by.
   *
   * @param text an id or e-mail
   * @return its folded form
   */
  public static String fold(String text) {
    String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    return composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
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
    return email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches();
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
    requireText(value, field);
    if (!isEmail(value)) {
      throw new IllegalArgumentException(field + " '" + value + "' is not an e-mail address "
          + "(one @, a dotted domain, no white space)");
    }
    return value;
  }
}
