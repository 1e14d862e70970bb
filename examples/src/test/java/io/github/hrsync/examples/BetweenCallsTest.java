package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.hrsync.sync.plan.Approvals;

import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.hrfeed.HrFeedSync;
import io.github.hrsync.sync.jobticket.JobTicketSync;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.testkit.VirtualClock;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a program says when the world changes between two of its calls (another apply, an outage
 * after an accepted sync) and while it waits for a rate limit. The sandbox and the clients run
 * on one virtual clock, so waits and backoffs take no real time.
 */
class BetweenCallsTest {
  private final VirtualClock clock = new VirtualClock();

  @TempDir
  Path dir;

  private ExampleRunner sandboxRun(String... args) {
    return new ExampleRunner(Targets.open(args, Map.of(), clock,
        Sleeper.virtual(clock, clock::sleepUntil)));
  }

  /** The client, calling {@code before} ahead of each call of the named method. */
  @SuppressWarnings("unchecked")
  private static <T> T before(Class<T> type, T client, String method, Runnable action) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, called, args) -> {
          if (called.getName().equals(method)) {
            action.run();
          }
          try {
            return called.invoke(client, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void twoAppliesAtOnceEndInOneLinePerTargetAndTheSecondAppliesNothing() {
    try (ExampleRunner first = sandboxRun()) {
      Targets targets = first.targets;
      JobTicketClient jobTicket = Objects.requireNonNull(targets.jobTicket());
      HrFeedClient hrFeed = Objects.requireNonNull(targets.hrFeed());
      Roster roster = Roster.of(targets.rows());
      AtomicInteger jobTicketListings = new AtomicInteger();
      AtomicInteger hrFeedListings = new AtomicInteger();
      // the other apply runs between this run's preview/plan and its send/apply
      JobTicketClient racedJobTicket = before(JobTicketClient.class, jobTicket, "listEmployees",
          () -> {
            if (jobTicketListings.incrementAndGet() == 2) {
              JobTicketSync other = new JobTicketSync(jobTicket,
                  targets.integrationId(), SafetyGuard.defaults());
              other.apply(other.plan(roster));
            }
          });
      HrFeedClient racedHrFeed = before(HrFeedClient.class, hrFeed, "listUsers", () -> {
        if (hrFeedListings.incrementAndGet() == 2) {
          HrFeedSync other = new HrFeedSync(hrFeed, PlanOptions.defaults());
          other.apply(other.plan(roster), Approvals.none());
        }
      });
      ExampleRunner second = new ExampleRunner(targets.withClients(racedJobTicket, racedHrFeed));

      int exit = second.run(ApplySync::mainBody);

      assertThat(exit).as(second.output()).isEqualTo(Program.FAILED);
      assertThat(second.output())
          .contains("FAILED: JobTicket: the plan is stale, nothing was sent; plan again: ")
          .contains("FAILED: HR Feed: the plan is stale, nothing was sent; plan again: ")
          .doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(Objects.requireNonNull(targets.sandbox()).hrFeed().users().stream()
          .map(user -> user.get("externalId")).filter(Objects::nonNull).toList())
          .as("one HR Feed user per externalId: the second apply created no duplicate")
          .doesNotHaveDuplicates()
          .containsAll(roster.employees().stream().map(e -> (Object) e.hrId()).toList());
    }
  }

  @Test
  void aProgressListingThatFailsAfterAnAcceptedSyncDoesNotFailTheRun() {
    try (ExampleRunner base = sandboxRun()) {
      Targets targets = base.targets;
      Sandbox sandbox = Objects.requireNonNull(targets.sandbox());
      AtomicInteger syncs = new AtomicInteger();
      JobTicketClient jobTicket = before(JobTicketClient.class,
          Objects.requireNonNull(targets.jobTicket()), "listEmployees", () -> {
            if (sandbox.jobTicket().syncIds().size() > syncs.get()) {
              syncs.set(sandbox.jobTicket().syncIds().size());
              // JobTicket accepted the roster; from now on it answers nothing but 503
              sandbox.injectFaults(new SandboxFaults(0, 1, Duration.ZERO));
            }
          });
      HrFeedClient hrFeed = before(HrFeedClient.class, Objects.requireNonNull(targets.hrFeed()),
          "listUsers", () -> sandbox.injectFaults(SandboxFaults.none()));
      ExampleRunner runner = new ExampleRunner(targets.withClients(jobTicket, hrFeed));

      int exit = runner.run(ApplySync::mainBody);

      assertThat(exit).as(runner.output()).isEqualTo(Program.OK);
      assertThat(runner.output())
          .containsPattern("Could not read the progress \\(GET \\S+ failed: 503[^\n]*\\); the sync "
              + "itself was accepted\\.")
          .containsPattern("  JobTicket: sent \\d+ employees")
          .doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void aRateLimitWaitIsOneLineInTheOutputSayingHowLongAndWhy() throws IOException {
    Path roster = dir.resolve("big.csv");
    Files.writeString(roster, "hrId,firstName,lastName,email\n" + IntStream.range(0, 2_000)
        .mapToObj(i -> "E" + i + ",First" + i + ",Last" + i + ",e" + i + "@example.com")
        .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);

    try (ExampleRunner runner = sandboxRun("--roster=" + roster)) {
      int exit = runner.run(ListRecords::run);

      assertThat(exit).as(runner.output()).isEqualTo(Program.OK);
      assertThat(runner.output()).containsPattern("(?m)^\r?  \\[hrsync\\] GET \\S+: waiting "
          + "\\d+(\\.\\d)? s for jobticket's rate limit: 90 requests per 60 s *$");
      assertThat(clock.totalWaited()).isGreaterThan(Duration.ofSeconds(30));
    }
  }
}
