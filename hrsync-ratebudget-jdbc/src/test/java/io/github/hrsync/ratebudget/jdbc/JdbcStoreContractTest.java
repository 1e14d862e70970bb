package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.testing.TestDatabase;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.testkit.RateBudgetStoreContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/**
 * The JDBC store keeps the contract the test kit publishes: a new store instance per call, one
 * table, as hosts of a fleet would have (skipped, saying why, without a PostgreSQL server).
 */
class JdbcStoreContractTest extends RateBudgetStoreContract {
  private DataSource dataSource;
  private String table;

  @BeforeEach
  void createTable() throws Exception {
    dataSource = TestDatabase.dataSource(TestDatabase.url());
    table = TestDatabase.freshTable("hrsync_rate_budget_");
    JdbcRateBudgetStore.create(dataSource, table).createTableIfAbsent();
  }

  @Override
  protected RateBudgetStore store() {
    return JdbcRateBudgetStore.create(dataSource, table);
  }
}
