package io.github.hrsync.ratebudget.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testing.Arrivals;
import io.github.hrsync.testing.HostileServer;
import io.github.hrsync.testing.ProcessFleet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Separate JVM processes sharing one {@link JdbcRateBudgetStore} on a real PostgreSQL server,
 * measured at one counting server. Safety properties only: nothing depends on speed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JdbcRateBudgetProcessesTest {
  private static final int PERMITS = 20;
  private static final Duration WINDOW = Duration.ofMillis(100);

  private String url;
  private String table;

  @BeforeEach
  void createTable() {
    url = TestDatabase.url();
    table = TestDatabase.freshTable();
    JdbcRateBudgetStore.create(TestDatabase.dataSource(url), table).createTableIfAbsent();
  }

  @Test
  void threeProcessesOfEightThreadsNeverLetMoreThanThePermitsArriveInAnyWindow() throws Exception {
    try (HostileServer server = new HostileServer((request, out) ->
        HostileServer.write(out, 200, "application/json", "{}"))) {
      List<String> outputs = ProcessFleet.run(JdbcBudgetDrill.class, 3, url, table,
          Integer.toString(PERMITS), Long.toString(WINDOW.toMillis()),
          server.baseUrl() + "/ping", "8", "200");

      assertThat(outputs).containsOnly("sent 1600 locked-out 0");
      List<Long> arrivals = server.requests().stream()
          .map(HostileServer.Request::arrivalNanos).toList();
      assertThat(arrivals).hasSize(4_800);
      int most = Arrivals.mostInAnyWindow(arrivals, WINDOW);
      System.out.printf("PostgreSQL store, 3 processes x 8 threads x 200 calls: at most %d "
          + "arrivals in any %d ms window (%d permits)%n", most, WINDOW.toMillis(), PERMITS);
      assertThat(most).isLessThanOrEqualTo(PERMITS);
    }
  }

  @Test
  void aLockOutRecordedByOneProcessStopsTheOthersBeforeTheySendAnything() throws Exception {
    AtomicBoolean locked = new AtomicBoolean(true);
    try (HostileServer server = new HostileServer((request, out) -> {
      if (locked.get()) {
        out.write(("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 300\r\nContent-Length: 0\r\n"
            + "\r\n").getBytes(StandardCharsets.US_ASCII));
      } else {
        HostileServer.write(out, 200, "application/json", "{}");
      }
    })) {
      String[] args = {url, table, Integer.toString(PERMITS), Long.toString(WINDOW.toMillis()),
          server.baseUrl() + "/ping", "1", "200"};

      List<String> first = ProcessFleet.run(JdbcBudgetDrill.class, 1, args);
      locked.set(false); // the server would answer now: only the shared lock-out holds them back
      args[5] = "8";
      List<String> others = ProcessFleet.run(JdbcBudgetDrill.class, 2, args);

      assertThat(first).containsExactly("sent 1 locked-out 1");
      assertThat(others).containsOnly("sent 0 locked-out 8");
      assertThat(server.requests()).hasSize(1);
    }
  }
}
