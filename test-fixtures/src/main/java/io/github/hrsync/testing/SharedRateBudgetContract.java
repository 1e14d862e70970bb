package io.github.hrsync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every shared rate-budget store must do, as separate JVM processes of a drill (a class
 * whose {@code main} builds a limiter on the store and calls {@link BudgetDrill#main}) see it at
 * one counting server. A store's test extends this class. The assertions are safety properties
 * that hold under any scheduling: nothing depends on speed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
public abstract class SharedRateBudgetContract {
  /** The budget's window in every scenario. */
  protected static final Duration WINDOW = Duration.ofMillis(100);

  /** @return the drill's class */
  protected abstract Class<?> drill();

  /** @return the drill's arguments before the URL: where the store is, permits, window */
  protected abstract String[] storeArgs();

  /** @return the permits per {@link #WINDOW} the drill's limiter has */
  protected abstract int permits();

  /** @return the store's name in the figures printed to the build log */
  protected abstract String storeName();

  @Test
  void threeProcessesOfEightThreadsNeverLetMoreThanThePermitsArriveInAnyWindow() throws Exception {
    Seen seen = threeProcessesOfEightThreads(drill(), storeArgs());

    assertThat(seen.outputs()).containsOnly("sent 1600 locked-out 0");
    assertThat(seen.arrivals()).hasSize(4_800);
    int most = Arrivals.mostInAnyWindow(seen.arrivals(), WINDOW);
    System.out.printf("%s, 3 processes x 8 threads x 200 calls: at most %d arrivals in any %d ms "
        + "window (%d permits)%n", storeName(), most, WINDOW.toMillis(), permits());
    assertThat(most).isLessThanOrEqualTo(permits());
  }

  @Test
  void aLockOutRecordedByOneProcessStopsTheOthersBeforeTheySendAnything() throws Exception {
    Seen seen = lockOutThenTwoMoreProcesses(drill(), storeArgs());

    assertThat(seen.outputs()).containsExactly("sent 1 locked-out 1", "sent 0 locked-out 8",
        "sent 0 locked-out 8");
    assertThat(seen.arrivals()).as("only the first process's request").hasSize(1);
  }

  /**
   * What the server saw.
   *
   * @param outputs what each process printed ({@code sent N locked-out M})
   * @param arrivals the arrival of each request ({@link System#nanoTime()})
   */
  record Seen(List<String> outputs, List<Long> arrivals) {}

  /**
   * Three processes of eight threads, each thread sending 200 requests under the shared budget.
   *
   * @param drill the drill's class
   * @param storeArgs the drill's arguments before the URL (where the store is, permits, window)
   * @return what the server saw
   * @throws IOException when a process cannot be started
   * @throws InterruptedException if interrupted
   */
  private static Seen threeProcessesOfEightThreads(Class<?> drill, String... storeArgs)
      throws IOException, InterruptedException {
    try (HostileServer server = new HostileServer((request, out) ->
        HostileServer.write(out, 200, "application/json", "{}"))) {
      List<String> outputs = ProcessFleet.run(drill, 3, args(storeArgs, server, 8));
      return new Seen(outputs, arrivals(server));
    }
  }

  /**
   * One process meets a {@code 429} (Retry-After 300 s) on its first request and records the
   * lock-out; then the server answers every request, and two more processes of eight threads
   * start.
   *
   * @param drill the drill's class
   * @param storeArgs the drill's arguments before the URL
   * @return what the first process printed, then the other two, and every arrival
   * @throws IOException when a process cannot be started
   * @throws InterruptedException if interrupted
   */
  private static Seen lockOutThenTwoMoreProcesses(Class<?> drill, String... storeArgs)
      throws IOException, InterruptedException {
    AtomicBoolean locked = new AtomicBoolean(true);
    try (HostileServer server = new HostileServer((request, out) -> {
      if (locked.get()) {
        out.write(("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 300\r\nContent-Length: 0\r\n"
            + "\r\n").getBytes(StandardCharsets.US_ASCII));
      } else {
        HostileServer.write(out, 200, "application/json", "{}");
      }
    })) {
      List<String> outputs = new ArrayList<>(ProcessFleet.run(drill, 1,
          args(storeArgs, server, 1)));
      locked.set(false); // the server would answer now: only the shared lock-out holds them back
      outputs.addAll(ProcessFleet.run(drill, 2, args(storeArgs, server, 8)));
      return new Seen(outputs, arrivals(server));
    }
  }

  private static String[] args(String[] storeArgs, HostileServer server, int threads) {
    List<String> args = new ArrayList<>(List.of(storeArgs));
    args.addAll(List.of(server.baseUrl() + "/ping", Integer.toString(threads), "200"));
    return args.toArray(String[]::new);
  }

  private static List<Long> arrivals(HostileServer server) {
    return server.requests().stream().map(HostileServer.Request::arrivalNanos).toList();
  }
}
