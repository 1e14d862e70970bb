package io.github.hrsync.reader;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.sync.roster.ValidationIssue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mapping bound to one source's columns ({@link RosterMapping#mapper}): maps its rows one by
 * one, each to the targets whose scope keeps it and to an employee, naming every rule it could
 * not apply. {@link RosterMapping#read} maps with it; a program that keeps, filters or stores
 * rows its own way can too (then validate with {@code Roster.of} before any sync). Not
 * thread-safe.
 */
public final class RowMapper {
  private final RosterMapping mapping;
  private final String source;
  private final Map<RosterField, FieldRule.Bound> bound = new EnumMap<>(RosterField.class);
  private final Map<String, FieldRule.Bound> custom = new LinkedHashMap<>();
  private final Map<ScopeRule, Integer> scopeColumns = new IdentityHashMap<>();
  /**
   * Per field, one copy of each value its column repeats (countries, genders, units, cost
   * centres): a million rows hold a few hundred of them, not a million strings. Bounded.
   */
  private final Map<String, Map<String, String>> repeated = new java.util.HashMap<>();
  private static final int MAX_REPEATED = 1_024;

  RowMapper(RosterMapping mapping, String source, List<String> columns) {
    this.mapping = mapping;
    this.source = source;
    mapping.check(columns);
    mapping.fields().forEach((field, rule) -> bound.put(field, rule.bind(columns)));
    mapping.customFields().forEach((name, rule) -> custom.put(name, rule.bind(columns)));
    mapping.scopeRules().values().forEach(rule -> scopeColumns.put(rule,
        columns.indexOf(rule.column())));
  }

  /**
   * @param row a row of the source
   * @return the targets whose scope keeps it, in target order; empty when none does (such a row
   *     is in no roster)
   * @throws RosterReadException when a date rule of a scope meets a cell that is not a date
   */
  public List<Target> targets(SourceRow row) {
    try {
      if (!admits(mapping.scope(null), row)) {
        return List.of();
      }
      List<Target> in = new ArrayList<>(2);
      for (Target target : Target.values()) {
        if (admits(mapping.scope(target), row)) {
          in.add(target);
        }
      }
      return in;
    } catch (DateTimeException e) {
      throw new RosterReadException(source, List.of(new RowProblem(row.row(), row.line(), null,
          "scope", "a date rule met a cell that is not a date (" + e.getMessage() + ")")), 1);
    }
  }

  private boolean admits(TargetScope scope, SourceRow row) {
    for (ScopeRule rule : scope.includes()) {
      if (!rule.test(row, column(rule))) {
        return false;
      }
    }
    for (ScopeRule rule : scope.excludes()) {
      if (rule.test(row, column(rule))) {
        return false;
      }
    }
    return true;
  }

  private int column(ScopeRule rule) {
    return Objects.requireNonNull(scopeColumns.get(rule), "a rule of this mapping");
  }

  /**
   * @param row a row of the source
   * @return the employee it maps to (not yet validated: validation needs the whole roster)
   * @throws RosterReadException naming every rule that could not be applied to the row
   */
  public SourceEmployee employee(SourceRow row) {
    List<RowProblem> problems = new ArrayList<>(0);
    SourceEmployee employee = SourceEmployee.builder(
            text(row, RosterField.HR_ID, problems), text(row, RosterField.FIRST_NAME, problems),
            text(row, RosterField.LAST_NAME, problems), text(row, RosterField.EMAIL, problems))
        .middleName(optional(row, RosterField.MIDDLE_NAME, problems))
        .mobile(optional(row, RosterField.MOBILE, problems))
        .gender(optional(row, RosterField.GENDER, problems))
        .countryCode(optional(row, RosterField.COUNTRY_CODE, problems))
        .cultureCode(optional(row, RosterField.CULTURE_CODE, problems))
        .dateOfBirth(date(row, RosterField.DATE_OF_BIRTH, problems))
        .startDate(date(row, RosterField.START_DATE, problems))
        .terminationDate(date(row, RosterField.TERMINATION_DATE, problems))
        .profileImage(optional(row, RosterField.PROFILE_IMAGE, problems))
        .unitExternalId(optional(row, RosterField.UNIT_EXTERNAL_ID, problems))
        .customFields(customValues(row, problems))
        .build();
    if (!problems.isEmpty()) {
      throw new RosterReadException(source, problems, problems.size());
    }
    return employee;
  }

  /** @return every mapped field's value by its name, noting what could not be applied */
  Map<String, String> values(SourceRow row, List<RowProblem> problems) {
    Map<String, String> values = new LinkedHashMap<>();
    for (RosterField field : bound.keySet()) {
      Object value = field.date() ? date(row, field, problems) : optional(row, field, problems);
      if (value != null) {
        values.put(field.fieldName(), value.toString());
      }
    }
    customValues(row, problems).forEach((name, value) -> values.put("customFields." + name,
        value));
    return values;
  }

  private String text(SourceRow row, RosterField field, List<RowProblem> problems) {
    FieldRule.Bound rule = bound.get(field);
    return Objects.requireNonNullElse(rule == null ? null
        : apply(row, field.fieldName(), rule, problems), "");
  }

  private @Nullable String optional(SourceRow row, RosterField field,
      List<RowProblem> problems) {
    FieldRule.Bound rule = bound.get(field);
    return rule == null ? null
        : shared(field.fieldName(), apply(row, field.fieldName(), rule, problems));
  }

  private @Nullable String shared(String field, @Nullable String value) {
    if (value == null || value.length() > 64) {
      return value;
    }
    Map<String, String> values = repeated.computeIfAbsent(field, name -> new java.util.HashMap<>());
    String known = values.get(value);
    if (known != null) {
      return known;
    }
    if (values.size() < MAX_REPEATED) {
      values.put(value, value);
    }
    return value;
  }

  private @Nullable LocalDate date(SourceRow row, RosterField field, List<RowProblem> problems) {
    FieldRule.Bound rule = bound.get(field);
    String text = rule == null ? null : apply(row, field.fieldName(), rule, problems);
    if (rule == null || text == null) {
      return null;
    }
    try {
      return rule.parseDate(text);
    } catch (DateTimeException e) {
      problems.add(new RowProblem(row.row(), row.line(), rule.column(), rule.dateRule(),
          "'" + text + "' is not a date in that pattern (field " + field.fieldName() + ")"));
      return null;
    }
  }

  private Map<String, String> customValues(SourceRow row, List<RowProblem> problems) {
    if (custom.isEmpty()) {
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    custom.forEach((name, rule) -> {
      String value = shared(name, apply(row, "customFields." + name, rule, problems));
      if (value != null) {
        values.put(name, value);
      }
    });
    return values;
  }

  private @Nullable String apply(SourceRow row, String field, FieldRule.Bound rule,
      List<RowProblem> problems) {
    try {
      return rule.text(row);
    } catch (RuntimeException e) {
      problems.add(new RowProblem(row.row(), row.line(), rule.column(), "Java function of "
          + field, String.valueOf(e.getMessage())));
      return null;
    }
  }

  /** Validation's issues, each named by the data row, file line and column it came from. */
  RosterReadException invalid(List<ValidationIssue> issues, int[] rows, long[] lines) {
    List<RowProblem> found = new ArrayList<>();
    for (ValidationIssue issue : issues) {
      int position = issue.row() - 1;
      String column = RosterField.named(issue.field()).map(bound::get)
          .map(FieldRule.Bound::column).orElse(null);
      found.add(new RowProblem(rows[position], lines[position], column,
          "validation of " + issue.field(), issue.message()));
    }
    return new RosterReadException(source, found, found.size());
  }

  @Override
  public String toString() {
    return "RowMapper[" + source + ", " + bound.size() + " fields]";
  }
}
