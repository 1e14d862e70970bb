package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.core.RateBudgetException;
import io.github.hrsync.core.RateBudgetStore;
import io.github.hrsync.core.internal.RateBudgetState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
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
 * The hosts' clocks must be in step (NTP): slots are stamped with each host's clock. Each
 * statement is bounded by a query timeout; give the {@link DataSource} a connect timeout too.
 *
 * <pre>{@code
 * RateBudgetStore store = JdbcRateBudgetStore.create(dataSource);
 * JobTicketClient client = JobTicketClient.builder().credentials(keyId, secret)
 *     .rateBudgetStore(store).build();
 * }</pre>
 *
 * Thread-safe, as long as the {@link DataSource} is.
 */
public final class JdbcRateBudgetStore implements RateBudgetStore {
  /** The table's name unless another is given. */
  public static final String DEFAULT_TABLE = "hrsync_rate_budget";
  private static final int QUERY_TIMEOUT_SECONDS = 30;
  private static final int MAX_BUDGET_NAME = 200;

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
    if (!table.matches("([A-Za-z_][A-Za-z0-9_]{0,62}\\.)?[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("table must be an identifier like hrsync_rate_budget "
          + "or schema.hrsync_rate_budget, was '" + table + "'");
    }
    return new JdbcRateBudgetStore(dataSource, table);
  }

  /**
   * Creates the table when it does not exist yet (with {@code CREATE TABLE IF NOT EXISTS}).
   *
   * @throws RateBudgetException when the statement fails
   */
  public void createTableIfAbsent() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      statement.execute("CREATE TABLE IF NOT EXISTS " + table
          + " (budget VARCHAR(" + MAX_BUDGET_NAME + ") PRIMARY KEY, state TEXT NOT NULL)");
    } catch (SQLException e) {
      throw failure("cannot create", e);
    }
  }

  @Override
  public Reservation reserve(String budget, int permits, Duration window, Instant now,
      Instant leaseEnd) {
    return step(budget, state -> state.reserve(permits, window, now, leaseEnd), true);
  }

  @Override
  public void release(String budget, long slot, Instant at) {
    step(budget, state -> {
      state.release(slot, at);
      return Boolean.TRUE;
    }, true);
  }

  @Override
  public void lockUntil(String budget, Instant until) {
    step(budget, state -> {
      state.lockUntil(until);
      return Boolean.TRUE;
    }, true);
  }

  @Override
  public @Nullable Instant lockedUntil(String budget, Instant now) {
    return step(budget, state -> state.lockedUntil(now), false);
  }

  /** One transaction: lock the budget's row, change its state, write it back. */
  private <T extends @Nullable Object> T step(String budget, Function<RateBudgetState, T> change,
      boolean write) {
    if (budget.isEmpty() || budget.length() > MAX_BUDGET_NAME) {
      throw new IllegalArgumentException("budget name must have 1 to " + MAX_BUDGET_NAME
          + " characters");
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        String text = read(connection, budget, write);
        if (text == null && write) {
          // first use of the budget: create its row, then lock it like any other
          insertIfAbsent(connection, budget);
          text = read(connection, budget, true);
        }
        RateBudgetState state = text == null ? RateBudgetState.empty(budget) : decode(budget, text);
        T result = change.apply(state);
        if (write) {
          try (PreparedStatement update = connection.prepareStatement(
              "UPDATE " + table + " SET state = ? WHERE budget = ?")) {
            update.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            update.setString(1, state.encode());
            update.setString(2, budget);
            update.executeUpdate();
          }
        }
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        // a pooled connection goes back as it came
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure("cannot use", e);
    }
  }

  private @Nullable String read(Connection connection, String budget, boolean lock)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT state FROM " + table
        + " WHERE budget = ?" + (lock ? " FOR UPDATE" : ""))) {
      select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      select.setString(1, budget);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  /** Inserts the budget's first row; another host that inserted it first makes this a no-op. */
  private void insertIfAbsent(Connection connection, String budget) throws SQLException {
    java.sql.Savepoint before = connection.setSavepoint();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + table + " (budget, state) VALUES (?, ?)")) {
      insert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      insert.setString(1, budget);
      insert.setString(2, RateBudgetState.empty(budget).encode());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
        throw e;
      }
      // integrity constraint violation: the row exists now, committed by another transaction
      connection.rollback(before);
    }
  }

  private RateBudgetState decode(String budget, String text) {
    try {
      return RateBudgetState.decode(budget, text);
    } catch (IllegalArgumentException e) {
      throw new RateBudgetException("rate budget '" + budget + "' in table " + table
          + " cannot be used: " + e.getMessage() + ". It was not reset: delete its row when no "
          + "process is running against this budget", e);
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
