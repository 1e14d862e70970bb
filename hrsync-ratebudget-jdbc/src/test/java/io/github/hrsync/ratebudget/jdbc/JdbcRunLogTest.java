package io.github.hrsync.ratebudget.jdbc;

import io.github.hrsync.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLogException;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.testkit.VirtualClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL run log: a sync's runs recorded and read back whole, the last runs newest
 * first, a run that never ended read back incomplete, and the guard across runs over the table
 * (skipped, saying why, without a PostgreSQL server; CI always has one).
 */
class JdbcRunLogTest {
  private DataSource dataSource;
  private JdbcRunLog log;
  private String table;

  @BeforeEach
  void createTable() {
    dataSource = TestDatabase.dataSource(TestDatabase.url());
    table = TestDatabase.freshTable("hrsync_rate_budget_").replace("budget", "runs");
    log = JdbcRunLog.create(dataSource, table);
    log.createTableIfAbsent();
    log.createTableIfAbsent();
  }

  private static Roster roster(int size) {
    return Roster.of(IntStream.rangeClosed(1, size).mapToObj(i -> SourceEmployee.builder(
        "E" + i, "First" + i, "Last" + i, "e" + i + "@example.com").build()).toList());
  }

  @Test
  void aSyncsRunsAreRecordedInTheTableAndReadBackWholeNewestFirst() {
    VirtualClock clock = new VirtualClock(Instant.parse("2026-06-01T08:00:00Z"));
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none(), clock)) {
      IntStream.rangeClosed(1, 100).forEach(i -> sandbox.hrFeed().seed(Map.of("externalId",
          "E" + i, "firstName", "First" + i, "lastName", "Last" + i, "email",
          "e" + i + "@example.com", "isActive", true)));
      HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
          .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
      RosterSync sync = RosterSync.builder().clock(clock).runLog(log).hrFeed(hrFeed).build();
      List<SyncReport> reports = new ArrayList<>();
      for (int run = 1; run <= 5; run++) {
        reports.add(sync.apply(sync.plan(roster(100 - 5 * run)), Approvals.none()));
        clock.advance(Duration.ofDays(5));
      }

      List<RunRecord> recent = new RunHistory(log).recent(3);

      assertThat(reports).extracting(report -> report.outcomes().get(0).status())
          .as("the guard across runs reads the table: the fifth run is refused")
          .containsExactly(TargetOutcome.Status.DONE, TargetOutcome.Status.DONE,
              TargetOutcome.Status.DONE, TargetOutcome.Status.DONE,
              TargetOutcome.Status.REFUSED);
      assertThat(recent).extracting(RunRecord::runId).containsExactly(reports.get(4).runId(),
          reports.get(3).runId(), reports.get(2).runId());
      RunRecord third = recent.get(2);
      assertThat(third.complete()).isTrue();
      assertThat(third.rosterRows()).isEqualTo(85);
      assertThat(third.target(Target.HR_FEED).orElseThrow().operations())
          .hasSize(5).allSatisfy(op -> {
            assertThat(op.kind()).isEqualTo("DEACTIVATE");
            assertThat(op.removes()).isTrue();
            assertThat(op.status()).isEqualTo(204);
          }).extracting(OperationRecord::key).doesNotHaveDuplicates();
    }
  }

  @Test
  void aRunThatNeverEndedReadsBackIncomplete() {
    log.append("r1", true, "{\"runId\":\"r1\",\"event\":\"run\",\"startedAt\":"
        + "\"2026-06-01T00:00:00Z\",\"dryRun\":false,\"rosterDigest\":\"d\",\"rosterRows\":3}");
    log.append("r1", false, "{\"runId\":\"r1\",\"event\":\"target\",\"target\":\"HR_FEED\","
        + "\"scope\":\"s\",\"adds\":1}");

    RunRecord run = new RunHistory(log).run("r1").orElseThrow();

    assertThat(run.complete()).isFalse();
    assertThat(run.targets()).singleElement().satisfies(target ->
        assertThat(target.status()).isNull());
    assertThat(new RunHistory(log).run("r2")).isEmpty();
  }

  @Test
  void aTableNameThatIsNotAnIdentifierIsRefusedAndAMissingTableIsATypedError() {
    assertThatThrownBy(() -> JdbcRunLog.create(dataSource, "runs; DROP TABLE x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table must be an identifier like hrsync_run_log");
    JdbcRunLog missing = JdbcRunLog.create(dataSource, "hrsync_no_such_table");

    assertThatThrownBy(() -> missing.append("r1", true, "{\"runId\":\"r1\"}"))
        .isInstanceOf(RunLogException.class)
        .hasMessageStartingWith("cannot write to the run log table hrsync_no_such_table");
  }

  /** {@code runs} runs of one line each, begun in that order. */
  private static void runs(JdbcRunLog log, int runs) {
    for (int run = 1; run <= runs; run++) {
      String id = String.format("r%05d", run);
      log.append(id, true, "{\"runId\":\"" + id + "\",\"event\":\"run\",\"startedAt\":"
          + "\"2026-06-01T00:00:00Z\",\"dryRun\":false,\"rosterDigest\":\"d\","
          + "\"rosterRows\":3}");
    }
  }

  /** A data source that counts the statements prepared through it. */
  private static DataSource counting(DataSource target, AtomicInteger statements) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(method, target, args);
          if (result instanceof Connection connection) {
            return Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (c, m, a) -> {
                  if (m.getName().equals("prepareStatement")) {
                    statements.incrementAndGet();
                  }
                  return invoke(m, connection, a);
                });
          }
          return result;
        });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void theRecentRunsAreReadInOneQueryHoweverManyThereAre() {
    runs(log, 300);
    AtomicInteger statements = new AtomicInteger();
    JdbcRunLog counted = JdbcRunLog.create(counting(dataSource, statements), table);

    List<RunRecord> recent = new RunHistory(counted).recent(300);

    assertThat(recent).hasSize(300).first().extracting(RunRecord::runId).isEqualTo("r00300");
    assertThat(statements).as("statements prepared").hasValue(1);
  }

  @Test
  void theLogKeepsTheRunsLastBegunAndDropsOlderOnes() {
    String keptTable = TestDatabase.freshTable("hrsync_rate_budget_").replace("budget", "kept");
    JdbcRunLog kept = JdbcRunLog.create(dataSource, keptTable, 1_000);
    kept.createTableIfAbsent();

    runs(kept, 1_005);

    assertThat(kept.recentRunIds(2_000)).hasSize(1_000).last().isEqualTo("r00006");
    assertThat(new RunHistory(kept).run("r00005")).as("dropped").isEmpty();
    assertThat(new RunHistory(kept).run("r00006")).isPresent();
    assertThatThrownBy(() -> JdbcRunLog.create(dataSource, keptTable, 999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRuns must be 1,000 to 10,000,000, was 999");
  }

  @Test
  void aTableNameNearPostgresLimitStillGetsItsIndex() throws Exception {
    String longName = ("hrsync_run_log_" + TestDatabase.freshTable("hrsync_rate_budget_")).substring(0, 63);
    JdbcRunLog nearLimit = JdbcRunLog.create(dataSource, longName);

    nearLimit.createTableIfAbsent();

    try (Connection connection = dataSource.getConnection();
        var select = connection.prepareStatement(
            "SELECT indexdef FROM pg_indexes WHERE tablename = ? AND indexdef LIKE '%run_id%'")) {
      select.setString(1, longName);
      try (var rows = select.executeQuery()) {
        assertThat(rows.next()).as("an index on (run_id, seq)").isTrue();
      }
    }
  }

  @Test
  void aRowOverTheLineBoundIsPassedOverNotReadIntoMemory() {
    runs(log, 1);
    log.append("r00001", false, "{\"runId\":\"r00001\",\"event\":\"end\",\"pad\":\""
        + "x".repeat(1 << 21) + "\"}");

    List<String> lines = new ArrayList<>();
    log.readRecent(1, lines::add);

    assertThat(lines).singleElement().asString().startsWith("{\"runId\":\"r00001\","
        + "\"event\":\"run\"");
  }
}
