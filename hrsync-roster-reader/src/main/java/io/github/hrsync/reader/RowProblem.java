package io.github.hrsync.reader;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one row of a source, and where: the data row, the file line, the column and
 * the mapping's rule that could not be applied.
 *
 * @param row the data row, counted from 1 after the header
 * @param line the file line the row starts on (for a query, the row number)
 * @param column the source column, if one is to blame
 * @param rule the rule or check that failed ({@code date dd.MM.yyyy}, {@code validation})
 * @param message what is wrong, with the value to fix
 */
public record RowProblem(int row, long line, @Nullable String column, String rule,
    String message) {

  /** @return one line: where, the column, the rule and what is wrong */
  @Override
  public String toString() {
    return "data row " + row + " (file line " + line + ")"
        + (column == null ? "" : ", column '" + column + "'") + ", " + rule + ": " + message;
  }
}
