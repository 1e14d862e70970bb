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

  /**
   * An index's name for a table, within PostgreSQL's 63 characters however long the table's
   * name is (a longer one is cut, and would then be the table's own name): the table's name, cut
   * to leave room, the index's role, and a hash of the whole name, so that two long names never
   * share one.
   *
   * @param table a checked table name, optionally with its schema
   * @param role what the index is for, such as {@code run}
   * @return the index's name, without the schema (an index lives in its table's)
   */
  static String index(String table, String role) {
    String bare = table.substring(table.indexOf('.') + 1);
    String suffix = "_" + role + "_" + Integer.toHexString(table.hashCode() & 0xfffffff);
    return bare.substring(0, Math.min(bare.length(), 63 - suffix.length())) + suffix;
  }
}
