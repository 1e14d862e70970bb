package io.github.hrsync.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A date pattern as a person writes it ({@code dd.MM.yyyy}, {@code M/d/yyyy}; {@code yyyy} is
 * the year), read strictly (no 31 February). A pattern of only day, month and year numbers and
 * separators, as exports write dates, is read digit by digit; any other goes through
 * {@link DateTimeFormatter}, as both read the same text alike.
 */
final class DatePattern {
  /** ISO {@code yyyy-MM-dd}, the default of every date field and rule. */
  static final DatePattern ISO = of("yyyy-MM-dd");

  private final String pattern;
  private final DateTimeFormatter formatter;
  /** The numeric fields and separators in order, or null when the formatter must read. */
  private final @Nullable List<Part> parts;

  /** A field of digits ({@code d}, {@code M}, {@code y}) or a literal separator. */
  private record Part(char field, int minDigits, int maxDigits, char literal) {}

  private DatePattern(String pattern, DateTimeFormatter formatter, @Nullable List<Part> parts) {
    this.pattern = pattern;
    this.formatter = formatter;
    this.parts = parts;
  }

  /**
   * @param pattern the pattern
   * @return it, checked
   * @throws IllegalArgumentException when it is not a pattern, or cannot read a whole date
   */
  static DatePattern of(String pattern) {
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + pattern + "' is not a date pattern ("
          + e.getMessage() + "); write one such as dd.MM.yyyy or M/d/yyyy");
    }
    LocalDate sample = LocalDate.of(1987, 11, 23);
    LocalDate readBack;
    try {
      readBack = LocalDate.parse(sample.format(formatter), formatter);
    } catch (DateTimeException e) {
      readBack = null;
    }
    if (!sample.equals(readBack)) {
      throw new IllegalArgumentException("date pattern '" + pattern + "' cannot read a whole "
          + "date (day, month and year); write one such as dd.MM.yyyy or M/d/yyyy");
    }
    return new DatePattern(pattern, formatter, numeric(pattern));
  }

  /** @return the pattern as written */
  String pattern() {
    return pattern;
  }

  /**
   * @param text a date in the pattern
   * @return the date
   * @throws DateTimeException when the text is not a date in the pattern
   */
  LocalDate parse(String text) {
    if (parts == null) {
      return LocalDate.parse(text, formatter);
    }
    int at = 0;
    int day = 0;
    int month = 0;
    int year = 0;
    for (Part part : parts) {
      if (part.field() == 0) {
        if (at >= text.length() || text.charAt(at) != part.literal()) {
          throw new DateTimeParseException("not a date in " + pattern, text, at);
        }
        at++;
        continue;
      }
      int start = at;
      int value = 0;
      while (at < text.length() && at - start < part.maxDigits() && isDigit(text.charAt(at))) {
        value = value * 10 + text.charAt(at++) - '0';
      }
      if (at - start < part.minDigits()) {
        throw new DateTimeParseException("not a date in " + pattern, text, start);
      }
      switch (part.field()) {
        case 'd' -> day = value;
        case 'M' -> month = value;
        default -> year = value;
      }
    }
    if (at != text.length()) {
      throw new DateTimeParseException("not a date in " + pattern, text, at);
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The parts of a pattern of day, month and year numbers only, or null for any other. */
  private static @Nullable List<Part> numeric(String pattern) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < pattern.length(); ) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      if (c == 'd' || c == 'M') {
        if (run > 2) {
          return null; // a month's name
        }
        parts.add(new Part(c, run, 2, (char) 0));
      } else if (c == 'y' || c == 'u') {
        if (run != 4) {
          return null; // two-digit years read relative to a base: the formatter's rules
        }
        parts.add(new Part('y', 4, 4, (char) 0));
      } else if (Character.isLetter(c) || c == '\'' || c == '[' || c == ']' || run > 1) {
        return null;
      } else {
        parts.add(new Part((char) 0, 0, 0, c));
      }
      i += run;
    }
    for (int i = 1; i < parts.size(); i++) {
      if (parts.get(i).field() != 0 && parts.get(i - 1).field() != 0) {
        return null; // adjacent numbers (ddMMyyyy): the formatter's adjacent-value reading
      }
    }
    return parts;
  }
}
