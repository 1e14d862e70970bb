package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.ratelimit.RateBudgetStore.Reservation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Budgets in a PostgreSQL table, as independent store instances (standing in for hosts) see
 * them.
 */
class JdbcRateBudgetStoreTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant LEASE = T0.plusSeconds(30);

  private DataSource dataSource;
  private String table;

  @BeforeEach
  void createTable() throws Exception {
    dataSource = TestDatabase.dataSource(TestDatabase.url());
    table = TestDatabase.freshTable("hrsync_rate_budget_");
    JdbcRateBudgetStore.create(dataSource, table).createTableIfAbsent();
  }

  @Test
  void twoStoresOnOneTableShareTheSlotsAndTheLockOut() throws Exception {
    JdbcRateBudgetStore first = JdbcRateBudgetStore.create(dataSource, table);
    JdbcRateBudgetStore second = JdbcRateBudgetStore.create(dataSource, table);

    Reservation a = first.reserve("jobticket-k", 2, WINDOW, T0, LEASE, WAIT);
    second.reserve("jobticket-k", 2, WINDOW, T0, LEASE, WAIT);
    Reservation full = first.reserve("jobticket-k", 2, WINDOW, T0, LEASE, WAIT);
    second.release("jobticket-k", ((Reservation.Granted) a).slot(), T0.plusSeconds(1), WAIT);
    second.lockUntil("jobticket-k", T0.plusSeconds(300), WAIT);

    assertThat(a).isInstanceOf(Reservation.Granted.class);
    assertThat(full).isEqualTo(new Reservation.Denied(T0.plus(WINDOW), Reservation.Why.IN_FLIGHT));
    assertThat(first.lockedUntil("jobticket-k", T0.plusSeconds(2), WAIT)).isEqualTo(T0.plusSeconds(300));
    assertThat(first.reserve("jobticket-k", 2, WINDOW, T0.plusSeconds(2), LEASE, WAIT))
        .isEqualTo(new Reservation.Denied(T0.plusSeconds(300), Reservation.Why.LOCKED_OUT));
    assertThat(first.lockedUntil("never-used", T0, WAIT)).isNull();
  }

  @Test
  void manyFirstUsesAtOnceCreateOneRowAndGrantExactlyThePermits() throws Exception {
    JdbcRateBudgetStore store = JdbcRateBudgetStore.create(dataSource, table);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Reservation>> tries = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tries.add(pool.submit(() -> store.reserve("fresh", 10, WINDOW, T0, LEASE, WAIT)));
      }
      int granted = 0;
      for (Future<Reservation> attempt : tries) {
        granted += attempt.get() instanceof Reservation.Granted ? 1 : 0;
      }
      assertThat(granted).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aForeignRowIsAClearErrorAndIsNeverReset() throws SQLException {
    JdbcRateBudgetStore store = JdbcRateBudgetStore.create(dataSource, table);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO " + table + " VALUES ('b', 'something else')");
    }

    assertThatThrownBy(() -> store.reserve("b", 5, WINDOW, T0, LEASE, WAIT))
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining("rate budget 'b' in table " + table)
        .hasMessageContaining("not an hrsync rate budget").hasMessageContaining("not reset");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var row = statement.executeQuery("SELECT state FROM " + table + " WHERE budget = 'b'")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo("something else");
    }
  }

  @Test
  void anUnreachableDatabaseIsARateBudgetExceptionNamingTheTable() throws Exception {
    JdbcRateBudgetStore store = JdbcRateBudgetStore.create(
        TestDatabase.dataSource("jdbc:postgresql://127.0.0.1:1/none"), table);

    assertThatThrownBy(() -> store.lockedUntil("b", T0, WAIT))
        .isInstanceOf(RateBudgetException.class)
        .hasMessageStartingWith("cannot use the rate budget table " + table);
  }

  @Test
  void onlyPlainIdentifiersAreAcceptedAsTableNames() throws Exception {
    assertThatThrownBy(() -> JdbcRateBudgetStore.create(dataSource, "t; DROP TABLE x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t; DROP TABLE x");
    assertThat(JdbcRateBudgetStore.create(dataSource, "public.budgets")).isNotNull();
  }

  /** Holds the budget's row locked in an open transaction, as a stuck host would. */
  private Connection lockRow(String budget) throws Exception {
    JdbcRateBudgetStore.create(dataSource, table).reserve(budget, 5, WINDOW, T0, LEASE, WAIT);
    Connection holder = dataSource.getConnection();
    holder.setAutoCommit(false);
    try (Statement statement = holder.createStatement()) {
      statement.executeQuery("SELECT state FROM " + table + " WHERE budget = '" + budget
          + "' FOR UPDATE").close();
    }
    return holder;
  }

  @Test
  void aRowLockedByAnotherTransactionFailsTheStepWhenTheCallsTimeIsUpNotAfterTheQueryTimeout()
      throws Exception {
    JdbcRateBudgetStore store = JdbcRateBudgetStore.create(dataSource, table);
    try (Connection holder = lockRow("b")) {
      assertThatThrownBy(() -> store.reserve("b", 5, WINDOW, T0, LEASE, Duration.ofSeconds(2)))
          .isInstanceOf(RateBudgetException.class)
          .hasMessageContaining("no answer within PT2S (the time left before the call's "
              + "deadline)");
      holder.rollback();
    }
    assertThat(store.reserve("b", 5, WINDOW, T0, LEASE, WAIT))
        .as("the cancelled step left nothing locked").isInstanceOf(Reservation.Granted.class);
  }

  @Test
  void anInterruptWhileARowIsLockedEndsTheStepAtOnceAsAnInterrupt() throws Exception {
    JdbcRateBudgetStore store = JdbcRateBudgetStore.create(dataSource, table);
    try (Connection holder = lockRow("b")) {
      java.util.concurrent.atomic.AtomicReference<Throwable> failure =
          new java.util.concurrent.atomic.AtomicReference<>();
      Thread caller = new Thread(() -> {
        try {
          store.reserve("b", 5, WINDOW, T0, LEASE, WAIT);
        } catch (Throwable e) {
          failure.set(e);
        }
      });
      caller.start();
      caller.interrupt();
      caller.join();
      holder.rollback();

      assertThat(failure.get()).isInstanceOf(InterruptedException.class);
    }
  }

  @Test
  void aKeyIdLongerThanTheColumnIsStoredUnderAHashedKeyAndStillShared() throws Exception {
    String budget = "jobticket-" + "k".repeat(300);
    JdbcRateBudgetStore first = JdbcRateBudgetStore.create(dataSource, table);
    JdbcRateBudgetStore second = JdbcRateBudgetStore.create(dataSource, table);

    assertThat(first.reserve(budget, 1, WINDOW, T0, LEASE, WAIT))
        .isInstanceOf(Reservation.Granted.class);
    assertThat(second.reserve(budget, 1, WINDOW, T0, LEASE, WAIT))
        .isInstanceOf(Reservation.Denied.class);
    assertThat(JdbcRateBudgetStore.key(budget)).hasSize(200)
        .isNotEqualTo(JdbcRateBudgetStore.key(budget + "x"));
  }
}
