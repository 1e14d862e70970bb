package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.testing.TestDatabase;
import io.github.hrsync.testing.SharedRateBudgetContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * Separate JVM processes sharing one {@link JdbcRateBudgetStore} on a real PostgreSQL server
 * (fewer permits than the file store's test: each step is a round trip to the database, and the
 * budget must be the bottleneck for the test to mean something).
 */
class JdbcRateBudgetProcessesTest extends SharedRateBudgetContract {
  private String url;
  private String table;

  @BeforeEach
  void createTable() {
    url = TestDatabase.url();
    table = TestDatabase.freshTable("hrsync_rate_budget_");
    JdbcRateBudgetStore.create(TestDatabase.dataSource(url), table).createTableIfAbsent();
  }

  @Override
  protected Class<?> drill() {
    return JdbcBudgetDrill.class;
  }

  @Override
  protected String[] storeArgs() {
    return new String[] {url, table, Integer.toString(permits()),
        Long.toString(WINDOW.toMillis())};
  }

  @Override
  protected int permits() {
    return 20;
  }

  @Override
  protected String storeName() {
    return "PostgreSQL store";
  }
}
