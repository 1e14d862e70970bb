package io.github.hrsync.reader;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * One test of a source column that a {@link TargetScope} includes or excludes rows by: the
 * trimmed cell equals a value, is one of several, matches a regular expression (the whole
 * cell), or is a date before or after a given one (read with a date pattern, ISO by default; a
 * blank cell is neither). Immutable.
 */
public final class ScopeRule {
  private enum Test { EQUALS, ONE_OF, MATCHES, BEFORE, AFTER }

  private final String column;
  private final Test test;
  private final List<String> values;
  private final @Nullable Pattern pattern;
  private final @Nullable LocalDate date;
  private final @Nullable DatePattern format;
  private final @Nullable String datePattern;
  private final int line;

  private ScopeRule(String column, Test test, List<String> values, @Nullable Pattern pattern,
      @Nullable LocalDate date, @Nullable String datePattern, int line) {
    if (Objects.requireNonNull(column, "column").isBlank()) {
      throw new IllegalArgumentException("a scope rule names a column");
    }
    this.column = column;
    this.test = test;
    this.values = List.copyOf(values);
    this.pattern = pattern;
    this.date = date;
    this.datePattern = datePattern;
    this.format = datePattern == null ? null : DatePattern.of(datePattern);
    this.line = line;
  }

  /**
   * @param column the column
   * @param value the value the trimmed cell must equal
   * @return the rule
   */
  public static ScopeRule equalTo(String column, String value) {
    return new ScopeRule(column, Test.EQUALS, List.of(value), null, null, null, 0);
  }

  /**
   * @param column the column
   * @param values the values the trimmed cell may equal
   * @return the rule
   */
  public static ScopeRule oneOf(String column, List<String> values) {
    return new ScopeRule(column, Test.ONE_OF, values, null, null, null, 0);
  }

  /**
   * @param column the column
   * @param regex a regular expression the whole trimmed cell must match
   * @return the rule
   * @throws IllegalArgumentException when it is not a regular expression
   */
  public static ScopeRule matches(String column, String regex) {
    try {
      return new ScopeRule(column, Test.MATCHES, List.of(), Pattern.compile(regex), null, null,
          0);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("'" + regex + "' is not a regular expression: "
          + e.getDescription());
    }
  }

  /**
   * @param column the column holding a date
   * @param date the cell's date must be before it
   * @param datePattern how the column writes dates; {@code null} for ISO {@code yyyy-MM-dd}
   * @return the rule
   */
  public static ScopeRule before(String column, LocalDate date, @Nullable String datePattern) {
    return new ScopeRule(column, Test.BEFORE, List.of(), null, Objects.requireNonNull(date),
        datePattern, 0);
  }

  /**
   * @param column the column holding a date
   * @param date the cell's date must be after it
   * @param datePattern how the column writes dates; {@code null} for ISO {@code yyyy-MM-dd}
   * @return the rule
   */
  public static ScopeRule after(String column, LocalDate date, @Nullable String datePattern) {
    return new ScopeRule(column, Test.AFTER, List.of(), null, Objects.requireNonNull(date),
        datePattern, 0);
  }

  ScopeRule at(int mappingLine) {
    return new ScopeRule(column, test, values, pattern, date, datePattern, mappingLine);
  }

  /** @return the column tested */
  String column() {
    return column;
  }

  /** @return the mapping file line the rule was written on; 0 when built in Java */
  int line() {
    return line;
  }

  /**
   * @param row a row
   * @param position the column's position in the row's source
   * @return whether the row's cell passes the test
   * @throws java.time.format.DateTimeParseException when a date test meets a cell that is not a
   *     date in the rule's pattern
   */
  boolean test(SourceRow row, int position) {
    String raw = row.cell(position);
    String cell = raw == null ? "" : raw.strip();
    return switch (test) {
      case EQUALS, ONE_OF -> values.contains(cell);
      case MATCHES -> Objects.requireNonNull(pattern).matcher(cell).matches();
      case BEFORE, AFTER -> !cell.isEmpty() && compare(cell);
    };
  }

  private boolean compare(String cell) {
    LocalDate value = (format == null ? DatePattern.ISO : format).parse(cell);
    return test == Test.BEFORE ? value.isBefore(date) : value.isAfter(date);
  }

  /** @return the rule as a person reads it */
  String describe() {
    return column + " " + switch (test) {
      case EQUALS -> "equals '" + values.get(0) + "'";
      case ONE_OF -> "is one of " + values;
      case MATCHES -> "matches '" + pattern + "'";
      case BEFORE -> "is before " + date;
      case AFTER -> "is after " + date;
    };
  }

  @Override
  public String toString() {
    return "ScopeRule[" + describe() + "]";
  }
}
