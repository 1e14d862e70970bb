package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.RunLogException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A {@link RunLog} in one database table that every host of a fleet reaches, so that the run
 * records (and the guard across runs) of all hosts syncing one company are one history. Each line
 * is one row, inserted in its own transaction: a process killed mid-run leaves whole rows, and
 * the run reads back incomplete. Rows are read in insertion order.
 *
 * <p>Tested on PostgreSQL. The table (create it once, or call {@link #createTableIfAbsent()}):
 *
 * <pre>{@code
 * CREATE TABLE hrsync_run_log (
 *   seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
 *   run_id     VARCHAR(64) NOT NULL,
 *   first_line BOOLEAN NOT NULL,   -- the run's first line, the one recent runs are listed by
 *   line       TEXT NOT NULL       -- one JSON object: keys and field names, never a secret
 * );
 * CREATE INDEX hrsync_run_log_run ON hrsync_run_log (run_id, seq);
 * }</pre>
 *
 * ({@link #createTableIfAbsent()} names the index after the table, within PostgreSQL's 63
 * characters however long the table's name.)
 *
 * The table grows by one row per line and keeps the {@code maxRuns} runs last begun (default
 * {@value #DEFAULT_MAX_RUNS}, as many as the guard across runs reads back): a run's first line
 * deletes the rows of older runs. Every statement is bounded
 * by a 30-second query timeout. Thread-safe, as long as the {@link DataSource} is.
 */
public final class JdbcRunLog implements RunLog {
  /** The table's name unless another is given. */
  public static final String DEFAULT_TABLE = "hrsync_run_log";
  private static final int QUERY_TIMEOUT_SECONDS = 30;
  private static final int FETCH_SIZE = 1000;
  private static final int MAX_RUN_ID = 64;
  /** The longest line read: no line hrsync writes comes near it; a longer row is passed over. */
  private static final int MAX_LINE_CHARS = 1 << 20;
  /** The runs kept unless told otherwise: as many as the guard across runs reads back. */
  public static final int DEFAULT_MAX_RUNS = 50_000;

  private final DataSource dataSource;
  private final String table;
  private final int maxRuns;

  private JdbcRunLog(DataSource dataSource, String table, int maxRuns) {
    this.dataSource = dataSource;
    this.table = table;
    this.maxRuns = maxRuns;
  }

  /**
   * A log in the table {@value #DEFAULT_TABLE}.
   *
   * @param dataSource connections to the shared database
   * @return the log
   */
  public static JdbcRunLog create(DataSource dataSource) {
    return create(dataSource, DEFAULT_TABLE);
  }

  /**
   * A log in the given table.
   *
   * @param dataSource connections to the shared database
   * @param table the table's name, optionally with its schema ({@code schema.table}): letters,
   *     digits and underscores, not starting with a digit
   * @return the log
   * @throws IllegalArgumentException when the name is not such an identifier
   */
  public static JdbcRunLog create(DataSource dataSource, String table) {
    return create(dataSource, table, DEFAULT_MAX_RUNS);
  }

  /**
   * A log in the given table that keeps the {@code maxRuns} runs last begun.
   *
   * @param dataSource connections to the shared database
   * @param table the table's name, as for {@link #create(DataSource, String)}
   * @param maxRuns how many runs are kept (1,000 to 10,000,000); fewer than the guard across
   *     runs reads back ({@value #DEFAULT_MAX_RUNS}) shortens its memory when runs are frequent
   * @return the log
   * @throws IllegalArgumentException when the name is not an identifier or the bound is out of
   *     range
   */
  public static JdbcRunLog create(DataSource dataSource, String table, int maxRuns) {
    Objects.requireNonNull(dataSource, "dataSource");
    if (maxRuns < 1_000 || maxRuns > 10_000_000) {
      throw new IllegalArgumentException("maxRuns must be 1,000 to 10,000,000, was " + maxRuns);
    }
    return new JdbcRunLog(dataSource, TableNames.check(table, DEFAULT_TABLE), maxRuns);
  }

  /**
   * Creates the table and its index when they do not exist yet.
   *
   * @throws RunLogException when a statement fails
   */
  public void createTableIfAbsent() {
    String index = TableNames.index(table, "run");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      for (String sql : List.of("CREATE TABLE IF NOT EXISTS " + table + " (seq BIGINT "
          + "GENERATED ALWAYS AS IDENTITY PRIMARY KEY, run_id VARCHAR(" + MAX_RUN_ID
          + ") NOT NULL, first_line BOOLEAN NOT NULL, line TEXT NOT NULL)",
          "CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " (run_id, seq)")) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
          statement.execute();
        }
      }
    } catch (SQLException e) {
      throw failure("cannot create", e);
    }
  }

  @Override
  public void append(String runId, boolean first, String line) {
    if (runId.isEmpty() || runId.length() > MAX_RUN_ID) {
      throw new IllegalArgumentException("a run id has 1 to " + MAX_RUN_ID + " characters");
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
          + " (run_id, first_line, line) VALUES (?, ?, ?)")) {
        insert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        insert.setString(1, runId);
        insert.setBoolean(2, first);
        insert.setString(3, line);
        insert.executeUpdate();
        if (first) {
          dropRunsBeyondTheKept(connection);
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure("cannot write to", e);
    }
  }

  @Override
  public void read(String runId, Consumer<String> lines) {
    select("SELECT line FROM " + table + " WHERE run_id = ? AND length(line) <= "
        + MAX_LINE_CHARS + " ORDER BY seq", statement -> statement.setString(1, runId), lines);
  }

  /** Sets a statement's parameters. */
  @FunctionalInterface
  private interface Parameters {
    void set(PreparedStatement statement) throws SQLException;
  }

  /** Streams the lines a query selects, through a cursor (no autocommit), in pages. */
  private void select(String sql, Parameters parameters, Consumer<String> lines) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        select.setFetchSize(FETCH_SIZE);
        parameters.set(select);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            lines.accept(rows.getString(1));
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  /**
   * Deletes every row older than the first line of the oldest run kept; with no more runs than
   * are kept, the bound is {@code NULL} and nothing is deleted.
   */
  private void dropRunsBeyondTheKept(Connection connection) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
        + " WHERE seq < (SELECT seq FROM " + table + " WHERE first_line ORDER BY seq DESC"
        + " LIMIT 1 OFFSET ?)")) {
      delete.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      delete.setInt(1, maxRuns - 1);
      delete.executeUpdate();
    }
  }

  /** One query: the lines of the runs whose first lines are the last {@code limit}. */
  @Override
  public void readRecent(int limit, Consumer<String> lines) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    select("SELECT line FROM " + table + " WHERE run_id IN (SELECT run_id FROM " + table
        + " WHERE first_line ORDER BY seq DESC LIMIT ?) AND length(line) <= " + MAX_LINE_CHARS
        + " ORDER BY seq", statement -> statement.setInt(1, limit), lines);
  }

  @Override
  public List<String> recentRunIds(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT run_id FROM " + table
            + " WHERE first_line ORDER BY seq DESC")) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setMaxRows(limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
  }

  private RunLogException failure(String what, SQLException e) {
    return new RunLogException(what + " the run log table " + table + " (SQLState "
        + e.getSQLState() + "): " + e.getMessage(), e);
  }

  @Override
  public String toString() {
    return "JdbcRunLog[" + table + "]";
  }
}
