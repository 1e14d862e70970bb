package io.github.hrsync.ratebudget.jdbc;

import java.util.Objects;

/** The one rule for the table names the stores put into their SQL. */
final class TableNames {
  private TableNames() {}

  /**
   * @param table a table's name, optionally with its schema
   * @param example a name to show in the error
   * @return the name
   * @throws IllegalArgumentException when it is not letters, digits and underscores, not starting
   *     with a digit, with at most one schema
   */
  static String check(String table, String example) {
    Objects.requireNonNull(table, "table");
    if (!table.matches("([A-Za-z_][A-Za-z0-9_]{0,62}\\.)?[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("table must be an identifier like " + example
          + " or schema." + example + ", was '" + table + "'");
    }
    return table;
  }
}
