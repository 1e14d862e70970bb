package io.github.hrsync.reader;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a source as read, before any mapping: its cells by column name, and where it was.
 * Its {@code toString} shows where, never a cell.
 */
public final class SourceRow {
  private final int row;
  private final long line;
  private final Map<String, Integer> columns;
  private final String[] cells;

  SourceRow(int row, long line, Map<String, Integer> columns, String[] cells) {
    this.row = row;
    this.line = line;
    this.columns = columns;
    this.cells = cells;
  }

  /** @return the data row, counted from 1 after the header (as roster validation counts) */
  public int row() {
    return row;
  }

  /** @return the file line the row starts on (for a query, the row number) */
  public long line() {
    return line;
  }

  /**
   * @param column a column's name, as the header or the query names it
   * @return the cell's text as read, or {@code null} when the source has no such column or the
   *     cell is SQL {@code NULL}
   */
  public @Nullable String get(String column) {
    Integer index = columns.get(column);
    return index == null ? null : cells[index];
  }

  /** @return the cell at a column position (from {@link RowSource#columns()}), or null */
  @Nullable String cell(int index) {
    return cells[index];
  }

  /** @return the source's column names, in order */
  public List<String> columns() {
    return List.copyOf(columns.keySet());
  }

  @Override
  public String toString() {
    return "SourceRow[row " + row + ", line " + line + "]";
  }
}
