package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces every form of every known secret in a text by {@code [redacted]}.
 *
 * <p>A server may echo a credential in many spellings, so matching is not on the raw value alone:
 * the text is first decoded (JSON {@code \u0055}, {@code \/} and {@code \"} escapes,
 * {@code \x55} escapes, HTML {@code &#85;} and {@code &#x55;} references and URL {@code %XX}
 * escapes, twice over for doubly encoded text), then searched ignoring case for each
 * <em>form</em> of each secret, and the original characters that spelled a match are replaced.
 * The forms of a secret are its value, the value without a {@code Basic } scheme, its Base64
 * (standard and URL alphabets, with and without padding), its hexadecimal bytes, what its Base64
 * decodes to, and the parts of a dot-separated token such as a JWT; each also with spaces as {@code
 * +} (form encoding)
 * and as its UTF-8 bytes (what {@code %XX} escapes of a non-ASCII value decode to).
 */
final class Redactor {
  static final String MARK = "[redacted]";
  /** Shorter parts of a token are too common to redact without destroying the text. */
  private static final int MIN_PART_LENGTH = 8;
  private static final int DECODING_PASSES = 2;

  private final List<String> forms;

  /**
   * @param secrets every secret of the client; each one's derived forms are redacted too
   */
  Redactor(List<Secret> secrets) {
    Set<String> all = new LinkedHashSet<>();
    for (Secret secret : secrets) {
      addForms(secret.reveal(), all);
    }
    List<String> lowered = new ArrayList<>();
    for (String form : all) {
      for (String spelling : List.of(form, form.replace(' ', '+'),
          new String(form.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
        lowered.add(lowerCharByChar(spelling));
      }
    }
    // longest first, so a secret is replaced whole before any part of it
    lowered.sort((a, b) -> Integer.compare(b.length(), a.length()));
    this.forms = List.copyOf(new LinkedHashSet<>(lowered));
  }

  private static void addForms(String value, Set<String> forms) {
    forms.add(value);
    String withoutScheme = value.startsWith("Basic ") ? value.substring(6) : value;
    forms.add(withoutScheme);
    byte[] bytes = withoutScheme.getBytes(StandardCharsets.UTF_8);
    for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
      forms.add(encoder.encodeToString(bytes));
      forms.add(encoder.withoutPadding().encodeToString(bytes));
    }
    forms.add(java.util.HexFormat.of().formatHex(bytes));
    decodedBase64(withoutScheme).ifPresent(forms::add);
    if (withoutScheme.indexOf('.') > 0) {
      for (String part : withoutScheme.split("\\.")) {
        if (part.length() >= MIN_PART_LENGTH) {
          forms.add(part);
        }
      }
    }
  }

  private static java.util.Optional<String> decodedBase64(String text) {
    try {
      byte[] decoded = Base64.getDecoder().decode(text);
      String value = new String(decoded, StandardCharsets.UTF_8);
      return value.length() >= MIN_PART_LENGTH && value.chars().noneMatch(c -> c < 0x20)
          ? java.util.Optional.of(value) : java.util.Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return java.util.Optional.empty();
    }
  }

  /**
   * @param text any text that may have come from a server
   * @return the text with every form of every secret replaced, or {@code null} for {@code null}
   */
  @Nullable String scrub(@Nullable String text) {
    if (text == null || text.isEmpty() || forms.isEmpty()) {
      return text;
    }
    Decoded decoded = Decoded.of(text);
    for (int pass = 1; pass < DECODING_PASSES; pass++) {
      decoded = decoded.decodeAgain();
    }
    boolean[] hidden = new boolean[text.length()];
    boolean any = false;
    String haystack = lowerCharByChar(decoded.text());
    for (String form : forms) {
      for (int at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + 1)) {
        int from = decoded.start(at);
        int to = decoded.end(at + form.length() - 1);
        for (int i = from; i < to; i++) {
          hidden[i] = true;
        }
        any = true;
      }
    }
    return any ? replaceHidden(text, hidden) : text;
  }

  /** Lower-cases one char for one char (unlike {@link String#toLowerCase}), so positions align. */
  private static String lowerCharByChar(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static String replaceHidden(String text, boolean[] hidden) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!hidden[i]) {
        out.append(text.charAt(i));
      } else if (i == 0 || !hidden[i - 1]) {
        out.append(MARK);
      }
    }
    return out.toString();
  }

  /**
   * A text with its escapes decoded, and for each decoded char the range of original chars that
   * spelled it.
   */
  private record Decoded(String text, int[] starts, int[] ends) {
    static Decoded of(String original) {
      int[] identityStarts = new int[original.length()];
      int[] identityEnds = new int[original.length()];
      for (int i = 0; i < original.length(); i++) {
        identityStarts[i] = i;
        identityEnds[i] = i + 1;
      }
      return new Decoded(original, identityStarts, identityEnds).decodeAgain();
    }

    int start(int index) {
      return starts[index];
    }

    int end(int index) {
      return ends[index];
    }

    /** Decodes one more layer of escapes; positions still point into the original text. */
    Decoded decodeAgain() {
      StringBuilder out = new StringBuilder(text.length());
      int[] newStarts = new int[text.length()];
      int[] newEnds = new int[text.length()];
      int i = 0;
      while (i < text.length()) {
        int consumed = 1;
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'u'
            || text.charAt(i + 1) == 'U') && isHex(text, i + 2, 4)) {
          c = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
          consumed = 6;
        } else if (c == '\\' && i + 1 < text.length() && "/\\\"".indexOf(text.charAt(i + 1)) >= 0) {
          c = text.charAt(i + 1);
          consumed = 2;
        } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'x'
            || text.charAt(i + 1) == 'X') && isHex(text, i + 2, 2)) {
          c = (char) Integer.parseInt(text.substring(i + 2, i + 4), 16);
          consumed = 4;
        } else if (c == '%' && isHex(text, i + 1, 2)) {
          c = (char) Integer.parseInt(text.substring(i + 1, i + 3), 16);
          consumed = 3;
        } else if (c == '&' && i + 3 < text.length() && text.charAt(i + 1) == '#') {
          int end = text.indexOf(';', i + 2);
          Integer code = end < 0 || end - i > 10 ? null : reference(text.substring(i + 2, end));
          if (code != null) {
            c = (char) code.intValue();
            consumed = end - i + 1;
          }
        }
        newStarts[out.length()] = starts[i];
        newEnds[out.length()] = ends[i + consumed - 1];
        out.append(c);
        i += consumed;
      }
      int length = out.length();
      return new Decoded(out.toString(), java.util.Arrays.copyOf(newStarts, length),
          java.util.Arrays.copyOf(newEnds, length));
    }

    /** The code of an HTML numeric reference's digits ({@code 85} or {@code x55}), if valid. */
    private static @Nullable Integer reference(String digits) {
      try {
        int code = digits.startsWith("x") || digits.startsWith("X")
            ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
        return code >= 0 && code <= Character.MAX_VALUE ? code : null;
      } catch (NumberFormatException notAReference) {
        return null;
      }
    }

    private static boolean isHex(String text, int from, int count) {
      if (from + count > text.length()) {
        return false;
      }
      for (int i = from; i < from + count; i++) {
        if (Character.digit(text.charAt(i), 16) < 0) {
          return false;
        }
      }
      return true;
    }
  }
}
