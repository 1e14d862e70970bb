package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.core.internal.text.Sha256;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.ratelimit.TextRateBudgetStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Rate budgets in one database table that every host of a fleet reaches, so that all processes
 * using one API key, wherever they run, share its budget and its lock-out. One row per budget
 * holds the budget's state (the same text the file store writes); every step is one transaction
 * that locks the row ({@code SELECT ... FOR UPDATE}), applies the slot arithmetic and writes the
 * row back. A process that dies mid-call keeps at most its own reserved slots until their leases
 * end; a row that is not an hrsync rate budget is a {@link RateBudgetException}, never reset.
 *
 * <p>Tested on PostgreSQL; any database with {@code SELECT ... FOR UPDATE} row locks works. The
 * table (create it once, or call {@link #createTableIfAbsent()}):
 *
 * <pre>{@code
 * CREATE TABLE hrsync_rate_budget (
 *   budget VARCHAR(200) PRIMARY KEY,  -- e.g. jobticket-<API key id>; never a secret
 *   state  TEXT NOT NULL              -- one line per busy slot: a few kilobytes
 * );
 * }</pre>
 *
 * The hosts' clocks must be in step (NTP): slots are stamped with each host's clock. A step
 * waits for a locked row no longer than the time left before the call's deadline (30 s at most):
 * then, or at an interrupt, its statement is cancelled at the server and the call ends at once.
 * Give the {@link DataSource} a connect timeout too. A budget name longer than the column is
 * stored under its first 167 characters and a hash of the whole name.
 *
 * <pre>{@code
 * RateBudgetStore store = JdbcRateBudgetStore.create(dataSource);
 * JobTicketClient client = JobTicketClient.builder().credentials(keyId, secret)
 *     .rateBudgetStore(store).build();
 * }</pre>
 *
 * Thread-safe, as long as the {@link DataSource} is.
 */
public final class JdbcRateBudgetStore extends TextRateBudgetStore {
  /** The table's name unless another is given. */
  public static final String DEFAULT_TABLE = "hrsync_rate_budget";
  private static final int QUERY_TIMEOUT_SECONDS = 30;
  private static final int MAX_BUDGET_NAME = 200;
  /** Runs the transactions, so that a caller can stop waiting for one at its deadline. */
  private static final ExecutorService STEPS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "hrsync-rate-budget-jdbc");
    thread.setDaemon(true);
    return thread;
  });

  private final DataSource dataSource;
  private final String table;

  private JdbcRateBudgetStore(DataSource dataSource, String table) {
    this.dataSource = dataSource;
    this.table = table;
  }

  /**
   * A store in the table {@value #DEFAULT_TABLE}.
   *
   * @param dataSource connections to the shared database
   * @return the store
   */
  public static JdbcRateBudgetStore create(DataSource dataSource) {
    return create(dataSource, DEFAULT_TABLE);
  }

  /**
   * A store in the given table.
   *
   * @param dataSource connections to the shared database
   * @param table the table's name, optionally with its schema ({@code schema.table}): letters,
   *     digits and underscores, not starting with a digit
   * @return the store
   * @throws IllegalArgumentException when the name is not such an identifier
   */
  public static JdbcRateBudgetStore create(DataSource dataSource, String table) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new JdbcRateBudgetStore(dataSource, TableNames.check(table, DEFAULT_TABLE));
  }

  /**
   * Creates the table when it does not exist yet (with {@code CREATE TABLE IF NOT EXISTS}).
   *
   * @throws RateBudgetException when the statement fails
   */
  public void createTableIfAbsent() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement create = statement(connection, "CREATE TABLE IF NOT EXISTS " + table
            + " (budget VARCHAR(" + MAX_BUDGET_NAME + ") PRIMARY KEY, state TEXT NOT NULL)")) {
      connection.setAutoCommit(true);
      create.execute();
    } catch (SQLException e) {
      throw failure("cannot create", e);
    }
  }

  /**
   * One transaction (lock the budget's row, change its text, write it back) on a worker thread,
   * waited for at most {@code maxWait}: when that runs out or the caller is interrupted, the
   * statement under way is cancelled at the server, the transaction rolls back, and the caller
   * leaves at once. A JDBC driver does not answer interrupts itself.
   */
  @Override
  protected void update(String budget, Duration maxWait, Function<@Nullable String, String> change)
      throws InterruptedException {
    AtomicReference<@Nullable Statement> running = new AtomicReference<>();
    int timeoutSeconds = (int) Math.max(1, Math.min(QUERY_TIMEOUT_SECONDS,
        (maxWait.toMillis() + 999) / 1000));
    Future<?> step = STEPS.submit(() -> {
      transaction(key(budget), change, running, timeoutSeconds);
      return null;
    });
    try {
      step.get(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      cancel(step, running);
      throw new RateBudgetException(describe(budget) + ": no answer within " + maxWait
          + " (the time left before the call's deadline); the row may be locked by another "
          + "transaction", null);
    } catch (InterruptedException e) {
      cancel(step, running);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) {
        throw failure("cannot use", sql);
      }
      throw cause instanceof RuntimeException runtime ? runtime
          : new RateBudgetException(describe(budget) + ": " + cause, cause);
    }
  }

  private static void cancel(Future<?> step, AtomicReference<@Nullable Statement> running) {
    step.cancel(true);
    Statement statement = running.get();
    if (statement != null) {
      try {
        statement.cancel();
      } catch (SQLException ignored) {
        // the query timeout still ends the statement at the server
      }
    }
  }

  private void transaction(String key, Function<@Nullable String, String> change,
      AtomicReference<@Nullable Statement> running, int timeoutSeconds) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        String text = read(connection, key, running, timeoutSeconds);
        if (text == null) {
          // first use of the budget: create its row, unless another host just did; then lock
          // that row like any other
          if (insert(connection, key, change.apply(null), running, timeoutSeconds)) {
            connection.commit();
            return;
          }
          text = read(connection, key, running, timeoutSeconds);
        }
        String changed = change.apply(text);
        if (!changed.equals(text)) {
          try (PreparedStatement update = statement(connection, running, timeoutSeconds,
              "UPDATE " + table + " SET state = ? WHERE budget = ?", changed, key)) {
            update.executeUpdate();
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        // a pooled connection goes back as it came
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /**
   * The row key of a budget: its name, or for a name longer than the column, its start and a
   * hash of the whole (the row's text names the whole budget, so two names never share a row
   * unnoticed).
   */
  static String key(String budget) {
    if (budget.isEmpty()) {
      throw new IllegalArgumentException("budget name must not be empty");
    }
    if (budget.length() <= MAX_BUDGET_NAME) {
      return budget;
    }
    return budget.substring(0, MAX_BUDGET_NAME - 33) + "~" + Sha256.hexPrefix(budget, 16);
  }

  @Override
  protected String describe(String budget) {
    return "rate budget '" + budget + "' in table " + table;
  }

  private @Nullable String read(Connection connection, String budget,
      AtomicReference<@Nullable Statement> running, int timeoutSeconds) throws SQLException {
    try (PreparedStatement select = statement(connection, running, timeoutSeconds,
        "SELECT state FROM " + table + " WHERE budget = ? FOR UPDATE", budget)) {
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  /**
   * Inserts the budget's first row.
   *
   * @return false, inserting nothing, when another host inserted it first
   */
  private boolean insert(Connection connection, String budget, String text,
      AtomicReference<@Nullable Statement> running, int timeoutSeconds) throws SQLException {
    Savepoint before = connection.setSavepoint();
    try (PreparedStatement insert = statement(connection, running, timeoutSeconds,
        "INSERT INTO " + table + " (budget, state) VALUES (?, ?)", budget, text)) {
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
        throw e;
      }
      // integrity constraint violation: the row exists now, committed by another transaction
      connection.rollback(before);
      return false;
    }
  }

  /** A statement with its parameters set, bounded by the query timeout. */
  private static PreparedStatement statement(Connection connection, String sql,
      String... parameters) throws SQLException {
    return statement(connection, new AtomicReference<>(), QUERY_TIMEOUT_SECONDS, sql,
        parameters);
  }

  /**
   * A statement with its parameters set, bounded by {@code timeoutSeconds}, and published in
   * {@code running} so that a caller who stops waiting can cancel it.
   */
  private static PreparedStatement statement(Connection connection,
      AtomicReference<@Nullable Statement> running, int timeoutSeconds, String sql,
      String... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    running.set(statement);
    try {
      statement.setQueryTimeout(timeoutSeconds);
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private RateBudgetException failure(String what, SQLException e) {
    return new RateBudgetException(what + " the rate budget table " + table + " (SQLState "
        + e.getSQLState() + "): " + e.getMessage(), e);
  }

  @Override
  public String toString() {
    return "JdbcRateBudgetStore[" + table + "]";
  }
}
