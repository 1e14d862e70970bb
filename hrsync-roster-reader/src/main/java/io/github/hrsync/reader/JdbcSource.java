package io.github.hrsync.reader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a query on the application's own database, streamed (a cursor of
 * {@value #FETCH_SIZE} rows at a time, in a transaction rolled back at the end), each cell as the driver's
 * text ({@link ResultSet#getString}); columns by their labels. The same mapping reads it as a
 * file: a row's "line" is its number. The connection is held until {@link #close()}.
 */
public final class JdbcSource implements RowSource {
  /** Rows fetched per round trip. */
  public static final int FETCH_SIZE = 1_000;

  private final String name;
  private final Connection connection;
  private final boolean autoCommit;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final List<String> columns;
  private final Map<String, Integer> index;
  private int row;

  private JdbcSource(String name, Connection connection, boolean autoCommit, String sql,
      Object[] parameters) throws SQLException {
    this.name = name;
    this.connection = connection;
    this.autoCommit = autoCommit;
    connection.setAutoCommit(false); // PostgreSQL streams through a cursor only in a transaction
    statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
        ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(FETCH_SIZE);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    rows = statement.executeQuery();
    ResultSetMetaData meta = rows.getMetaData();
    List<String> labels = new ArrayList<>();
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String label = meta.getColumnLabel(i);
      if (positions.putIfAbsent(label, i - 1) != null) {
        throw new RosterReadException("query: it names column '" + label + "' twice; give "
            + "each an alias (AS)", null);
      }
      labels.add(label);
    }
    columns = List.copyOf(labels);
    index = Collections.unmodifiableMap(positions);
  }

  /**
   * Runs a query.
   *
   * @param dataSource the application's database
   * @param sql the query; {@code ?} for each parameter
   * @param parameters the parameters, in order
   * @return the source; close it to release the connection
   * @throws RosterReadException when the query cannot be run, naming the SQL state
   */
  public static JdbcSource query(DataSource dataSource, String sql, Object... parameters) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(sql, "sql");
    Connection connection;
    boolean autoCommit;
    try {
      connection = dataSource.getConnection();
      autoCommit = connection.getAutoCommit();
    } catch (SQLException e) {
      throw failed("no connection", e);
    }
    try {
      return new JdbcSource("query", connection, autoCommit, sql, parameters);
    } catch (SQLException | RuntimeException e) {
      try {
        release(connection, autoCommit);
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof SQLException failure ? failed("the query cannot be run", failure)
          : (RuntimeException) e;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public @Nullable SourceRow next() {
    try {
      if (!rows.next()) {
        return null;
      }
      String[] cells = new String[columns.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = rows.getString(i + 1);
      }
      row++;
      return new SourceRow(row, row, index, cells);
    } catch (SQLException e) {
      throw failed("reading row " + (row + 1) + " failed", e);
    }
  }

  @Override
  public void close() {
    try {
      try (statement; rows) {
        // closes the rows, then the statement, before the connection is given back
      } finally {
        release(connection, autoCommit);
      }
    } catch (SQLException e) {
      throw failed("closing the query failed", e);
    }
  }

  /** Ends the transaction (nothing was written) and gives the connection back as it came. */
  private static void release(Connection connection, boolean autoCommit) throws SQLException {
    try (connection) {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  @Override
  public String toString() {
    return "JdbcSource[" + columns.size() + " columns, " + row + " rows read]";
  }

  /** The driver's first line says what to fix; the cause is left out, it may hold more. */
  private static RosterReadException failed(String what, SQLException e) {
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return new RosterReadException("query: " + what + ": " + first + " (SQL state "
        + e.getSQLState() + ")", null);
  }
}
