package io.github.hrsync.jobticket;

import io.github.hrsync.core.ratelimit.RateLimitWait;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.core.ratelimit.RateLimiter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JobTicketRateLimitTest extends JobTicketTestSupport {

  @Test
  void threeHundredCallsFromEightThreadsShareOneBudgetOfTheDefaultNinetyPerMinute()
      throws Exception {
    server.stubFor(get(urlPathMatching("/employees/\\d+"))
        .willReturn(okJson(single(employee(1, "h")))));
    // Virtual time moves only when a thread sleeps, so a thread descheduled for long can find it
    // windows ahead; a long deadline keeps this test on the budget (deadlines have their own).
    JobTicketClient client = builder().callTimeout(Duration.ofHours(1)).build();
    Instant start = clock.instant();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 1; i <= 300; i++) {
        long id = i;
        calls.add(pool.submit(() -> client.getEmployee(id)));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }

    server.verify(300, getRequestedFor(urlPathMatching("/employees/\\d+")));
    assertThat(client.rateLimiter().permits()).isEqualTo(90);
    assertThat(client.rateLimiter().window()).isEqualTo(Duration.ofMinutes(1));
    // 90 may start at 0 s, 90 at 60 s, 90 at 120 s and the last 30 at 180 s: the earliest moment
    // 300 calls fit in one budget of 90 per rolling minute (100 a minute would end at 120 s)
    assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void aSharedLimiterBindsEveryClientOfTheSameCredential() {
    server.stubFor(get(urlPathMatching("/employees/\\d+"))
        .willReturn(okJson(single(employee(1, "h")))));
    RateLimiter shared = RateLimiter.rollingWindow(3, Duration.ofMinutes(1), clock, sleeper);
    JobTicketClient first = builder().rateLimiter(shared).build();
    JobTicketClient second = builder().rateLimiter(shared).build();

    first.getEmployee(1);
    second.getEmployee(2);
    first.getEmployee(3);
    second.getEmployee(4);

    assertThat(clock.waits()).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void aCallThatWaitsForTheLimiterSaysSoInTheLogAndToTheHook() {
    server.stubFor(get(urlPathMatching("/employees/\\d+"))
        .willReturn(okJson(single(employee(1, "h")))));
    List<RateLimitWait> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    JobTicketClient client = builder().callTimeout(Duration.ofMinutes(5))
        .rateLimiter(RateLimiter.rollingWindow(1, Duration.ofSeconds(60), clock, sleeper))
        .observer(new io.github.hrsync.core.observe.CallObserver() {
          @Override
          public void rateLimitWait(RateLimitWait wait) {
            told.add(wait);
          }
        }).build();

    try (io.github.hrsync.testing.LogCapture logs = new io.github.hrsync.testing.LogCapture()) {
      client.getEmployee(1);
      client.getEmployee(2);

      assertThat(told).singleElement().satisfies(wait -> {
        assertThat(wait.api()).isEqualTo("jobticket");
        assertThat(wait.route()).isEqualTo("/employees/{employeeId}");
        assertThat(wait.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(wait.describe())
            .isEqualTo("waiting 60 s for jobticket's rate limit: 1 requests per 60 s");
      });
      assertThat(logs.lines()).filteredOn(line -> line.contains("INFO"))
          .singleElement().asString()
          .contains("GET /employees/2: waiting 60 s for jobticket's rate limit");
    }
  }

  @TempDir
  Path budgets;

  @Test
  void clientsOfOneKeyInSeparateProcessesShareItsBudgetThroughTheFileStore() throws IOException {
    server.stubFor(get(urlPathMatching("/employees/\\d+"))
        .willReturn(okJson(single(employee(1, "h")))));
    // two builds on one directory stand in for two processes: they share nothing but the file
    JobTicketClient plan = builder().rateBudgetStore(FileRateBudgetStore.in(budgets)).build();
    JobTicketClient apply = builder().rateBudgetStore(FileRateBudgetStore.in(budgets)).build();

    for (int i = 1; i <= 60; i++) {
      plan.getEmployee(i);
    }
    for (int i = 1; i <= 40; i++) {
      apply.getEmployee(i);
    }

    assertThat(clock.waits()).as("the 91st request of the key waits, whichever process sends it")
        .containsExactly(Duration.ofMinutes(1));
    Path file = budgets.resolve("jobticket-" + KEY_ID + ".budget");
    assertThat(Files.list(budgets).map(f -> f.getFileName().toString()))
        .allMatch(name -> name.startsWith("jobticket-" + KEY_ID + ".budget"));
    assertThat(Files.readString(file)).doesNotContain(KEY_SECRET).contains("released");
  }

  @Test
  void aLockOutOneProcessRecordedStopsAnotherBeforeItSendsAnything() {
    server.stubFor(get(urlPathMatching("/employees/1"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));
    server.stubFor(get(urlPathMatching("/employees/2"))
        .willReturn(okJson(single(employee(2, "h")))));
    JobTicketClient first = builder().rateBudgetStore(FileRateBudgetStore.in(budgets)).build();
    JobTicketClient later = builder().rateBudgetStore(FileRateBudgetStore.in(budgets)).build();

    assertThatThrownBy(() -> first.getEmployee(1)).isInstanceOf(RateLimitException.class);
    assertThatThrownBy(() -> later.getEmployee(2)).isInstanceOf(RateLimitException.class)
        .satisfies(e -> assertThat(((RateLimitException) e).lockedUntil())
            .isEqualTo(clock.instant().plus(Duration.ofMinutes(5))));

    server.verify(0, getRequestedFor(urlPathMatching("/employees/2")));
  }

  @Test
  void aBudgetFileThatCannotBeUsedFailsTheCallBeforeAnyRequest() throws IOException {
    Files.writeString(budgets.resolve("jobticket-" + KEY_ID + ".budget"), "garbage\n");
    JobTicketClient client = builder().rateBudgetStore(FileRateBudgetStore.in(budgets)).build();

    assertThatThrownBy(() -> client.getEmployee(1)).isInstanceOf(RateBudgetException.class)
        .hasMessageContaining("jobticket-" + KEY_ID + ".budget cannot be used")
        .hasMessageNotContaining(KEY_SECRET);
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
