package io.github.hrsync.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How one roster field (or custom field) is filled from a source row: from a column (with
 * aliases: the first the source has), a constant, columns joined, a part of a split column, or a
 * Java function over the row; then, in this order, trimmed (unless turned off), looked up in a
 * value table ({@code m → Mr}, {@code aktiv → active}; a value not in it passes unchanged), put
 * in lower or upper case, and given a default when blank. A date field reads the result with the
 * rule's date pattern ({@code dd.MM.yyyy}, {@code M/d/yyyy}; ISO {@code yyyy-MM-dd} when none).
 * Immutable; each method returns a copy.
 */
public final class FieldRule {
  private enum Source { COLUMN, CONSTANT, JOIN, SPLIT, COMPUTED }

  private final Source source;
  private final List<String> columns;
  private final @Nullable String text;
  private final int part;
  private final @Nullable Function<SourceRow, @Nullable String> hook;
  private final boolean trim;
  private final @Nullable Boolean upper;
  private final Map<String, String> values;
  private final @Nullable String orElse;
  private final @Nullable String datePattern;
  private final @Nullable DatePattern date;
  private final int line;

  private FieldRule(Source source, List<String> columns, @Nullable String text, int part,
      @Nullable Function<SourceRow, @Nullable String> hook, boolean trim,
      @Nullable Boolean upper, Map<String, String> values, @Nullable String orElse,
      @Nullable String datePattern, int line) {
    this.source = source;
    this.columns = List.copyOf(columns);
    this.text = text;
    this.part = part;
    this.hook = hook;
    this.trim = trim;
    this.upper = upper;
    this.values = Map.copyOf(values);
    this.orElse = orElse;
    this.datePattern = datePattern;
    this.date = datePattern == null ? null : DatePattern.of(datePattern);
    this.line = line;
  }

  private static FieldRule of(Source source, List<String> columns, @Nullable String text,
      int part, @Nullable Function<SourceRow, @Nullable String> hook) {
    return new FieldRule(source, columns, text, part, hook, true, null, Map.of(), null, null, 0);
  }

  /**
   * @param column the column's name
   * @param aliases other names the column may have in another export; the first the source has
   *     is read
   * @return a rule reading that column
   */
  public static FieldRule column(String column, String... aliases) {
    List<String> names = new ArrayList<>();
    names.add(requireName(column));
    for (String alias : aliases) {
      names.add(requireName(alias));
    }
    return of(Source.COLUMN, names, null, 0, null);
  }

  /**
   * @param value the value every row gets
   * @return a rule giving that value
   */
  public static FieldRule constant(String value) {
    return of(Source.CONSTANT, List.of(), Objects.requireNonNull(value, "value"), 0, null);
  }

  /**
   * @param separator put between the columns' non-blank values
   * @param columns the columns, in order
   * @return a rule joining them ({@code Vorname} and {@code Zweitname} into one field)
   */
  public static FieldRule join(String separator, String... columns) {
    if (columns.length < 2) {
      throw new IllegalArgumentException("join needs at least two columns");
    }
    List<String> names = new ArrayList<>();
    for (String column : columns) {
      names.add(requireName(column));
    }
    return of(Source.JOIN, names, Objects.requireNonNull(separator, "separator"), 0, null);
  }

  /**
   * @param column the column holding several values ({@code "Mueller, Anna"})
   * @param separator what separates them ({@code ","})
   * @param part which one, from 1 ({@code 2} for {@code Anna}); a missing part is blank
   * @return a rule taking that part, trimmed
   */
  public static FieldRule split(String column, String separator, int part) {
    if (Objects.requireNonNull(separator, "separator").isEmpty() || part < 1) {
      throw new IllegalArgumentException("split needs a separator and a part from 1, was '"
          + separator + "' and " + part);
    }
    return of(Source.SPLIT, List.of(requireName(column)), separator, part, null);
  }

  /**
   * A Java hook for what no other rule does: a function over the whole row.
   *
   * @param function the row to the field's text, or {@code null} for none
   * @return a rule calling it (then the transformations, as for any rule)
   */
  public static FieldRule computed(Function<SourceRow, @Nullable String> function) {
    return of(Source.COMPUTED, List.of(), null, 0, Objects.requireNonNull(function, "function"));
  }

  /**
   * @param value whether to strip white space around the value (on by default)
   * @return a copy with it
   */
  public FieldRule trim(boolean value) {
    return new FieldRule(source, columns, text, part, hook, value, upper, values, orElse,
        datePattern, line);
  }

  /** @return a copy that puts the value in lower case */
  public FieldRule lowerCase() {
    return new FieldRule(source, columns, text, part, hook, trim, false, values, orElse,
        datePattern, line);
  }

  /** @return a copy that puts the value in upper case */
  public FieldRule upperCase() {
    return new FieldRule(source, columns, text, part, hook, trim, true, values, orElse,
        datePattern, line);
  }

  /**
   * @param table values to replace, exactly as read (after trimming); others pass unchanged
   * @return a copy with the table
   */
  public FieldRule values(Map<String, String> table) {
    return new FieldRule(source, columns, text, part, hook, trim, upper,
        new LinkedHashMap<>(table), orElse, datePattern, line);
  }

  /**
   * @param value the value when the result is blank
   * @return a copy with the default
   */
  public FieldRule orElse(String value) {
    return new FieldRule(source, columns, text, part, hook, trim, upper, values,
        Objects.requireNonNull(value, "value"), datePattern, line);
  }

  /**
   * @param pattern the date pattern of a date field ({@code dd.MM.yyyy}, {@code M/d/yyyy});
   *     ISO {@code yyyy-MM-dd} when none is given
   * @return a copy with it
   * @throws IllegalArgumentException when the pattern is not one or cannot read a whole date
   */
  public FieldRule date(String pattern) {
    return new FieldRule(source, columns, text, part, hook, trim, upper, values, orElse,
        Objects.requireNonNull(pattern, "pattern"), line);
  }

  /** The same rule, noted as written on a line of a mapping file (for messages). */
  FieldRule at(int mappingLine) {
    return new FieldRule(source, columns, text, part, hook, trim, upper, values, orElse,
        datePattern, mappingLine);
  }

  /** @return the mapping file line the rule was written on; 0 when built in Java */
  int line() {
    return line;
  }

  /** @return the columns the rule reads (for a column rule, its names: one must exist) */
  List<String> columns() {
    return columns;
  }

  /** @return whether the source may have any one of {@link #columns()}, rather than all */
  boolean aliases() {
    return source == Source.COLUMN;
  }

  /** @return whether the rule has a date pattern of its own */
  boolean hasDatePattern() {
    return date != null;
  }

  /**
   * The rule bound to a source's columns: reads each row by position.
   *
   * @param header the source's columns
   * @return the bound rule; call only after {@link RosterMapping#check} found every column
   */
  Bound bind(List<String> header) {
    int[] positions = source == Source.COLUMN
        ? new int[] {columns.stream().mapToInt(header::indexOf).filter(i -> i >= 0).findFirst()
            .orElseThrow()}
        : columns.stream().mapToInt(header::indexOf).toArray();
    return new Bound(positions, positions.length == 0 ? null : header.get(positions[0]));
  }

  /** A rule reading a source whose columns it knows by position. */
  final class Bound {
    private final int[] positions;
    private final @Nullable String column;

    private Bound(int[] positions, @Nullable String column) {
      this.positions = positions;
      this.column = column;
    }

    /** @return the date rule's name for a row problem: the pattern it reads */
    String dateRule() {
      return FieldRule.this.dateRule();
    }

    /** @return the (first) column the value comes from, for messages; null when none */
    @Nullable String column() {
      return column;
    }

    /**
     * @param row a row of the bound source
     * @return the field's text after every transformation, or {@code null} when blank
     */
    @Nullable String text(SourceRow row) {
      String raw = switch (source) {
        case COLUMN -> row.cell(positions[0]);
        case CONSTANT -> text;
        case COMPUTED -> Objects.requireNonNull(hook).apply(row);
        case SPLIT -> part(row.cell(positions[0]));
        case JOIN -> joined(row);
      };
      String value = raw == null ? null : trim ? raw.strip() : raw;
      if (value != null && !values.isEmpty()) {
        value = values.getOrDefault(value, value);
      }
      if (value != null && upper != null) {
        value = upper ? value.toUpperCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT);
      }
      return value == null || value.isBlank() ? orElse : value;
    }

    /**
     * @param text the field's text, from {@link #text}
     * @return the date it writes in the rule's pattern
     * @throws java.time.DateTimeException when it is not a date in that pattern
     */
    LocalDate parseDate(String text) {
      return (date == null ? DatePattern.ISO : date).parse(text);
    }

    private @Nullable String part(@Nullable String value) {
      if (value == null) {
        return null;
      }
      String[] parts = value.split(Pattern.quote(Objects.requireNonNull(text)), -1);
      return part <= parts.length ? parts[part - 1].strip() : null;
    }

    private String joined(SourceRow row) {
      StringBuilder joined = new StringBuilder();
      for (int position : positions) {
        String value = row.cell(position);
        if (value != null && !value.isBlank()) {
          joined.append(joined.length() == 0 ? "" : text).append(value.strip());
        }
      }
      return joined.toString();
    }
  }

  /** @return what the rule does, for messages and previews */
  String describe() {
    String from = switch (source) {
      case COLUMN -> "column " + String.join(" or ", columns);
      case CONSTANT -> "constant";
      case JOIN -> "join of " + String.join(", ", columns);
      case SPLIT -> "part " + part + " of column " + columns.get(0) + " split at '" + text + "'";
      case COMPUTED -> "Java function";
    };
    return from + (datePattern == null ? "" : ", date " + datePattern);
  }

  /** @return the date rule's name for a row problem: the pattern it reads */
  String dateRule() {
    return "date " + (datePattern == null ? "yyyy-MM-dd" : datePattern);
  }

  @Override
  public String toString() {
    return "FieldRule[" + describe() + "]";
  }

  private static String requireName(String column) {
    if (Objects.requireNonNull(column, "column").isBlank()) {
      throw new IllegalArgumentException("a column name must not be blank");
    }
    return column;
  }
}
