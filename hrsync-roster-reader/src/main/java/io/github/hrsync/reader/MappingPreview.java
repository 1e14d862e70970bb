package io.github.hrsync.reader;

import io.github.hrsync.sync.plan.Target;
import java.util.List;
import java.util.Map;

/**
 * What a mapping makes of a source's first rows: each row's fields as mapped, the targets whose
 * scope keeps it, and every problem. Made without any request; {@link #render()} is for a
 * person, and shows the people's data it was asked to show.
 */
public final class MappingPreview {
  private final String source;
  private final List<Row> rows;

  MappingPreview(String source, List<Row> rows) {
    this.source = source;
    this.rows = List.copyOf(rows);
  }

  /**
   * One row as mapped.
   *
   * @param row the data row, from 1
   * @param line the file line it starts on
   * @param fields each mapped field's value by its name ({@code customFields.NAME} for custom
   *     fields); empty when no scope keeps the row
   * @param targets the targets whose scope keeps it
   * @param problems every rule that could not be applied to it
   */
  public record Row(int row, long line, Map<String, String> fields, List<Target> targets,
      List<String> problems) {

    /**
     * Copies the parts.
     *
     * @param row the data row, from 1
     * @param line the file line it starts on
     * @param fields each mapped field's value by its name
     * @param targets the targets whose scope keeps it
     * @param problems every rule that could not be applied to it
     */
    public Row {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
      targets = List.copyOf(targets);
      problems = List.copyOf(problems);
    }

    /** @return where the row is and how many fields and problems it has; never a value */
    @Override
    public String toString() {
      return "Row[" + row + ", line " + line + ", " + fields.size() + " fields, "
          + problems.size() + " problems]";
    }
  }

  /** @return the rows shown, in source order */
  public List<Row> rows() {
    return rows;
  }

  /** @return the preview as text: a block per row, field by field */
  public String render() {
    StringBuilder text = new StringBuilder();
    for (Row row : rows) {
      text.append("data row ").append(row.row()).append(" (").append(source).append(" line ")
          .append(row.line()).append(")");
      text.append(row.targets().isEmpty() ? ": out of every target's scope\n"
          : ": " + String.join(", ", row.targets().stream().map(Target::displayName).toList())
              + "\n");
      row.fields().forEach((name, value) -> text.append("  ").append(String.format("%-18s",
          name)).append(" = ").append(value).append('\n'));
      row.problems().forEach(problem -> text.append("  ! ").append(problem).append('\n'));
    }
    long failing = rows.stream().filter(row -> !row.problems().isEmpty()).count();
    return text.append(rows.size()).append(" rows shown, ").append(failing)
        .append(" with problems\n").toString();
  }

  @Override
  public String toString() {
    return "MappingPreview[" + source + ", " + rows.size() + " rows]";
  }
}
