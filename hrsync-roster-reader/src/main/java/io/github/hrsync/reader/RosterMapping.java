package io.github.hrsync.reader;

import io.github.hrsync.reader.internal.Closest;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.RosterValidationException;
import io.github.hrsync.sync.roster.ScopedRoster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.sync.roster.ValidationIssue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an HR system's export becomes a roster, without code: each roster field from a column, a
 * constant, columns joined or a part of one ({@link FieldRule}), columns that become custom
 * fields, the export's encoding, and a scope per target ({@link TargetScope}). Built in Java
 * ({@link #builder()}) or loaded from a YAML or JSON file ({@link #load(Path)}, the format in the
 * module's README), which the operator's tools and any integration share.
 *
 * <p>A mapping is checked against a source's columns before any row is read: every problem (an
 * unknown column with the closest match, a field mapped twice, a required field unmapped, a bad
 * date pattern) at once, each naming its mapping line. Reading then maps every row and reports
 * every row a rule cannot be applied to, naming data row, file line, column and rule; the roster
 * exists only when none failed and it passes validation, so nothing is sent from a broken
 * export. Immutable and thread-safe.
 */
public final class RosterMapping {
  /** Row problems kept for the message; the rest are counted. */
  static final int MAX_PROBLEMS = 1_000;

  private final String name;
  private final Charset encoding;
  private final Map<RosterField, FieldRule> fields;
  private final Map<String, FieldRule> customFields;
  private final TargetScope everyTarget;
  private final Map<Target, TargetScope> scopes;

  private RosterMapping(Builder builder) {
    this.name = builder.name;
    this.encoding = builder.encoding;
    this.fields = Collections.unmodifiableMap(new EnumMap<>(builder.fields));
    this.customFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.customFields));
    this.everyTarget = builder.everyTarget;
    this.scopes = Collections.unmodifiableMap(new EnumMap<>(builder.scopes));
  }

  /** @return a builder; map at least hrId, firstName, lastName and email */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a CSV export through a mapping file, in the encoding it names, or in hrsync's own
   * column names ({@link #standard}) and UTF-8 when there is none: what a nightly job does.
   *
   * @param export the CSV export
   * @param mappingFile its mapping, or {@code null}
   * @return the rows, mapped, validated and scoped
   * @throws MappingException when the mapping is not one, or does not fit the export's columns
   * @throws RosterReadException naming every bad row
   * @throws UncheckedIOException when a file cannot be read
   */
  public static MappedRoster readCsv(Path export, @Nullable Path mappingFile) {
    RosterMapping mapping = mappingFile == null ? null : load(mappingFile);
    try (CsvSource rows = CsvSource.open(export, mapping == null ? StandardCharsets.UTF_8
        : mapping.encoding())) {
      return (mapping == null ? standard(rows.columns()) : mapping).read(rows);
    }
  }

  /**
   * The mapping of a file that already uses hrsync's column names ({@code hrId},
   * {@code firstName}, {@code lastName}, {@code email}, then any of the other roster fields by
   * name, dates {@code yyyy-MM-dd}); every other column becomes a custom field of its name.
   *
   * @param columns the source's columns
   * @return the mapping
   * @throws MappingException naming each required column the source lacks, with its columns
   *     and the closest match
   */
  public static RosterMapping standard(List<String> columns) {
    Builder standard = builder().name("hrsync's column names");
    for (String column : columns) {
      if (!column.isBlank()) {
        RosterField.named(column).ifPresentOrElse(
            field -> standard.field(field, FieldRule.column(column)),
            () -> standard.customField(column, FieldRule.column(column)));
      }
    }
    List<String> problems = new ArrayList<>();
    for (RosterField missing : standard.unmappedRequired()) {
      problems.add("the source has no '" + missing.fieldName() + "' column; it has: "
          + String.join(", ", columns) + Closest.suggestion(missing.fieldName(), columns));
    }
    if (!problems.isEmpty()) {
      throw new MappingException("hrsync's column names", problems);
    }
    return standard.build();
  }

  /**
   * Loads a mapping file, YAML or JSON.
   *
   * @param file the file
   * @return the mapping
   * @throws MappingException naming the line of every problem in it
   * @throws UncheckedIOException when it cannot be read
   */
  public static RosterMapping load(Path file) {
    try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(String.valueOf(file.getFileName()), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a mapping, YAML or JSON.
   *
   * @param name what the text is, for messages (its file name)
   * @param text the mapping
   * @return the mapping
   * @throws MappingException naming the line of every problem in it
   */
  public static RosterMapping load(String name, Reader text) {
    return MappingFile.read(Objects.requireNonNull(name, "name"), text);
  }

  /** @return the encoding of the files this mapping reads (UTF-8 unless it names another) */
  public Charset encoding() {
    return encoding;
  }

  /**
   * Checks the mapping against a source's columns, before any row is read.
   *
   * @param columns the source's columns, as its header names them
   * @throws MappingException naming every column the mapping reads that the source lacks, with
   *     the source's columns and the closest match
   */
  public void check(List<String> columns) {
    List<String> problems = new ArrayList<>();
    fields.forEach((field, rule) -> checkColumns("fields." + field.fieldName(), rule.line(),
        rule.columns(), rule.aliases(), columns, problems));
    customFields.forEach((custom, rule) -> checkColumns("customFields." + custom, rule.line(),
        rule.columns(), rule.aliases(), columns, problems));
    scopeRules().forEach((where, rule) -> checkColumns(where, rule.line(),
        List.of(rule.column()), false, columns, problems));
    if (!problems.isEmpty()) {
      throw new MappingException(name, problems);
    }
  }

  private static void checkColumns(String where, int line, List<String> wanted, boolean aliases,
      List<String> columns, List<String> problems) {
    List<String> missing = wanted.stream().filter(column -> !columns.contains(column)).toList();
    if (missing.isEmpty() || aliases && missing.size() < wanted.size()) {
      return;
    }
    for (String column : aliases ? wanted.subList(0, 1) : missing) {
      problems.add(at(line, where) + ": no column '" + column + "'"
          + (aliases && wanted.size() > 1 ? " (nor " + String.join(", ", wanted.subList(1,
              wanted.size())) + ")" : "") + " in the source; it has: " + String.join(", ",
              columns) + Closest.suggestion(column, columns));
    }
  }

  /** @return where a problem is: the mapping file's line, or the field of a Java mapping */
  static String at(int line, String where) {
    return line > 0 ? "mapping line " + line + " (" + where + ")" : where;
  }

  /** @return the rule of each mapped roster field */
  Map<RosterField, FieldRule> fields() {
    return fields;
  }

  /** @return the rule of each custom field */
  Map<String, FieldRule> customFields() {
    return customFields;
  }

  /**
   * @param target a target, or null for the rules every target's rows must pass
   * @return its scope
   */
  TargetScope scope(@Nullable Target target) {
    return target == null ? everyTarget : scopes.getOrDefault(target, TargetScope.everyone());
  }

  /** @return every scope rule by where it is written */
  Map<String, ScopeRule> scopeRules() {
    Map<String, ScopeRule> rules = new LinkedHashMap<>();
    List<ScopeRule> all = everyTarget.rules();
    for (int i = 0; i < all.size(); i++) {
      rules.put("scopes.all[" + i + "]", all.get(i));
    }
    scopes.forEach((target, scope) -> {
      List<ScopeRule> own = scope.rules();
      for (int i = 0; i < own.size(); i++) {
        rules.put("scopes." + MappingFile.targetName(target) + "[" + i + "]", own.get(i));
      }
    });
    return rules;
  }

  /**
   * Reads every row of a source through the mapping into a validated, scoped roster.
   *
   * @param source the rows; read to the end, not closed
   * @return the roster, each target's scope, and each row's file line
   * @throws MappingException when the mapping does not fit the source's columns (no row read)
   * @throws RosterReadException naming every row a rule could not be applied to or that failed
   *     validation, or the source's own failure; no roster exists then
   */
  public MappedRoster read(RowSource source) {
    return read(source, Clock.systemUTC());
  }

  /**
   * Reads every row as {@link #read(RowSource)} does, validating dates against {@code clock}.
   *
   * @param source the rows; read to the end, not closed
   * @param clock the clock "today" is read from
   * @return the roster, each target's scope, and each row's file line
   * @throws MappingException when the mapping does not fit the source's columns (no row read)
   * @throws RosterReadException naming every row a rule could not be applied to or that failed
   *     validation, or the source's own failure; no roster exists then
   */
  public MappedRoster read(RowSource source, Clock clock) {
    RowMapper mapper = mapper(source);
    List<SourceEmployee> employees = new ArrayList<>();
    long[] lines = new long[1024];
    int[] rows = new int[1024];
    Map<Target, BitSet> outOfScope = new EnumMap<>(Target.class);
    int outOfEveryScope = 0;
    List<RowProblem> problems = new ArrayList<>();
    int problemCount = 0;
    for (SourceRow row = source.next(); row != null; row = source.next()) {
      List<Target> in;
      SourceEmployee employee;
      try {
        in = mapper.targets(row);
        employee = in.isEmpty() ? null : mapper.employee(row);
      } catch (RosterReadException e) {
        problemCount += e.problems().size();
        e.problems().stream().limit(Math.max(0, MAX_PROBLEMS - problems.size()))
            .forEach(problems::add);
        continue;
      }
      if (employee == null) {
        outOfEveryScope++;
        continue;
      }
      int position = employees.size();
      for (Target target : Target.values()) {
        if (!in.contains(target)) {
          outOfScope.computeIfAbsent(target, t -> new BitSet()).set(position);
        }
      }
      if (position == lines.length) {
        lines = Arrays.copyOf(lines, position * 2);
        rows = Arrays.copyOf(rows, position * 2);
      }
      lines[position] = row.line();
      rows[position] = row.row();
      employees.add(employee);
    }
    if (problemCount > 0) {
      throw new RosterReadException(source.name(), problems, problemCount);
    }
    Roster roster;
    try {
      roster = Roster.of(employees, clock);
    } catch (RosterValidationException e) {
      throw mapper.invalid(e.issues(), rows, lines);
    }
    ScopedRoster scoped = ScopedRoster.of(roster, outOfEveryScope);
    for (Map.Entry<Target, BitSet> left : outOfScope.entrySet()) {
      BitSet out = left.getValue();
      scoped = scoped.scope(left.getKey(), position -> !out.get(position));
    }
    return new MappedRoster(scoped, Arrays.copyOf(lines, employees.size()));
  }

  /**
   * Binds the mapping to a source's columns, to map its rows one by one (as {@link #read} does):
   * for a program that keeps, filters or stores the mapped rows its own way.
   *
   * @param source the rows
   * @return the mapper of its rows
   * @throws MappingException when the mapping does not fit the source's columns
   */
  public RowMapper mapper(RowSource source) {
    return new RowMapper(this, source.name(), source.columns());
  }

  /**
   * What the mapping makes of a source's first rows, field by field, with every problem of each,
   * without any request.
   *
   * @param source the rows; read up to {@code rows}, not closed
   * @param rows how many rows to show
   * @return the preview
   * @throws MappingException when the mapping does not fit the source's columns
   */
  public MappingPreview preview(RowSource source, int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("a preview shows at least one row, was " + rows);
    }
    RowMapper mapper = mapper(source);
    List<MappingPreview.Row> shown = new ArrayList<>();
    for (SourceRow row; shown.size() < rows && (row = source.next()) != null; ) {
      List<RowProblem> problems = new ArrayList<>();
      List<Target> in;
      try {
        in = mapper.targets(row);
      } catch (RosterReadException e) {
        in = List.of();
        problems.addAll(e.problems());
      }
      Map<String, String> values = in.isEmpty() ? Map.of() : mapper.values(row, problems);
      shown.add(new MappingPreview.Row(row.row(), row.line(), values, in,
          problems.stream().map(RowProblem::toString).toList()));
    }
    return new MappingPreview(source.name(), shown);
  }

  @Override
  public String toString() {
    return "RosterMapping[" + name + ", " + fields.size() + " fields, " + customFields.size()
        + " custom fields, " + encoding.name() + "]";
  }

  /** Builds a {@link RosterMapping}. Not thread-safe. */
  public static final class Builder {
    private String name = "mapping";
    private Charset encoding = StandardCharsets.UTF_8;
    private final Map<RosterField, FieldRule> fields = new EnumMap<>(RosterField.class);
    private final Map<String, FieldRule> customFields = new LinkedHashMap<>();
    private TargetScope everyTarget = TargetScope.everyone();
    private final Map<Target, TargetScope> scopes = new EnumMap<>(Target.class);

    private Builder() {}

    /**
     * @param field a roster field
     * @param rule how to fill it
     * @return this builder
     * @throws IllegalArgumentException when the field is mapped already
     */
    public Builder field(RosterField field, FieldRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (fields.putIfAbsent(Objects.requireNonNull(field, "field"), rule) != null) {
        throw new IllegalArgumentException("field " + field.fieldName() + " is mapped twice");
      }
      return this;
    }

    /**
     * @param fieldName a custom field's name, as the HR Feed shows it
     * @param rule how to fill it (a blank value leaves it out)
     * @return this builder
     * @throws IllegalArgumentException when the custom field is mapped already
     */
    public Builder customField(String fieldName, FieldRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (Objects.requireNonNull(fieldName, "fieldName").isBlank()
          || customFields.putIfAbsent(fieldName, rule) != null) {
        throw new IllegalArgumentException("custom field '" + fieldName + "' is blank or "
            + "mapped twice");
      }
      return this;
    }

    /**
     * @param scope the scope every target's rows must be in as well (a row out of it is in no
     *     roster: an inactive row, say)
     * @return this builder
     */
    public Builder everyTarget(TargetScope scope) {
      this.everyTarget = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * @param target a target
     * @param scope who of the source it gets
     * @return this builder
     */
    public Builder scope(Target target, TargetScope scope) {
      scopes.put(Objects.requireNonNull(target, "target"), Objects.requireNonNull(scope,
          "scope"));
      return this;
    }

    /**
     * @param charset the encoding of the files the mapping reads
     * @return this builder
     */
    public Builder encoding(Charset charset) {
      this.encoding = Objects.requireNonNull(charset, "charset");
      return this;
    }

    Builder name(String value) {
      this.name = value;
      return this;
    }

    /** @return the roster fields every mapping must fill that this one does not */
    List<RosterField> unmappedRequired() {
      return Arrays.stream(RosterField.values())
          .filter(field -> field.required() && !fields.containsKey(field)).toList();
    }

    /**
     * @return the mapping
     * @throws IllegalArgumentException when hrId, firstName, lastName or email is not mapped
     */
    public RosterMapping build() {
      List<RosterField> missing = unmappedRequired();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("a mapping fills every required field; "
            + missing.stream().map(RosterField::fieldName).toList() + " not mapped");
      }
      return new RosterMapping(this);
    }
  }
}
