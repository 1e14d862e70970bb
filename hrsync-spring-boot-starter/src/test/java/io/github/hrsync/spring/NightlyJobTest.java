package io.github.hrsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The nightly job of a Spring Boot application against the test kit's sandbox, configured by
 * properties only: the first run is done, the second has nothing to change, a truncated export
 * is refused with an event and a count, and the approval property applies that plan once.
 */
@SpringBootTest(classes = NightlyJobTest.App.class)
class NightlyJobTest {
  private static final Sandbox SANDBOX = Sandbox.start(SandboxFaults.none());
  private static final Path DIR = directory();

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    final List<HrsyncOutcomeEvent> events = new ArrayList<>();

    @EventListener
    void on(HrsyncOutcomeEvent event) {
      events.add(event);
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry properties) {
    properties.add("hrsync.jobticket.base-url", () -> SANDBOX.jobTicketUrl().toString());
    properties.add("hrsync.jobticket.integration-id", () -> "7");
    properties.add("hrsync.jobticket.key-id", () -> Sandbox.JOBTICKET_KEY_ID);
    properties.add("hrsync.jobticket.key-secret", () -> Sandbox.JOBTICKET_KEY_SECRET);
    properties.add("hrsync.hrfeed.base-url", () -> SANDBOX.hrFeedUrl().toString());
    properties.add("hrsync.hrfeed.token", () -> Sandbox.HR_FEED_TOKEN);
    properties.add("hrsync.roster.file", () -> DIR.resolve("export.csv").toString());
    properties.add("hrsync.run-log.directory", () -> DIR.resolve("run-log").toString());
    properties.add("hrsync.skip-unchanged-replace", () -> "true");
  }

  @Autowired
  HrsyncSyncs syncs;
  @Autowired
  HrsyncProperties properties;
  @Autowired
  App app;
  @Autowired
  MeterRegistry meters;
  @Autowired
  RunLog runLog;

  @AfterAll
  static void stop() {
    SANDBOX.close();
  }

  private static Path directory() {
    try {
      return Files.createTempDirectory("hrsync-nightly");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void export(int rows) throws IOException {
    StringBuilder csv = new StringBuilder("hrId,firstName,lastName,email\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("E").append(i).append(",First").append(i).append(",Last").append(i)
          .append(",p").append(i).append("@example.com\n");
    }
    Files.writeString(DIR.resolve("export.csv"), csv);
  }

  private static List<Status> statuses(SyncReport report) {
    return report.outcomes().stream().map(outcome -> outcome.status()).toList();
  }

  @Test
  void theNightlyJobSyncsThenHasNothingThenRefusesATruncatedExportUntilApprovedOnce()
      throws IOException {
    NightlyRun nightly = syncs.get("default");
    export(20);
    assertThat(statuses(nightly.run())).containsExactly(Status.DONE, Status.DONE);
    assertThat(statuses(nightly.run())).containsExactly(Status.NO_CHANGES, Status.NO_CHANGES);

    export(5);
    SyncReport refused = nightly.run();

    assertThat(statuses(refused)).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(app.events).extracting(event -> event.outcome().status())
        .containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(meters.counter("hrsync.guard.refusals", "hrsync.target", "jobticket",
        "hrsync.guard.dimension", "REMOVALS", "hrsync.stage", "run").count()).isEqualTo(1);
    assertThat(meters.counter("hrsync.sync.outcomes", "hrsync.sync", "default",
        "hrsync.target", "hrfeed", "hrsync.outcome", "REFUSED").count()).isEqualTo(1);
    assertThat(SANDBOX.jobTicket().activeEmployees()).hasSize(20);

    properties.getApproval().setJobticket(refused.outcome(Target.JOBTICKET).orElseThrow()
        .fingerprint());
    properties.getApproval().setHrfeed(refused.outcome(Target.HR_FEED).orElseThrow()
        .fingerprint());
    properties.getApproval().setApprovedBy("maria");
    assertThat(statuses(nightly.run())).containsExactly(Status.DONE, Status.DONE);
    assertThat(SANDBOX.jobTicket().activeEmployees()).hasSize(5);

    nightly.run(); // the same export: nothing to change, and the approval is not offered again
    var latest = new RunHistory(runLog).recent(1).get(0);
    assertThat(latest.targets()).allSatisfy(target -> assertThat(target.approval()).isNull());
    var approved = new RunHistory(runLog).recent(2).get(1);
    assertThat(approved.targets()).allSatisfy(target -> {
      assertThat(target.approvalUsed()).isTrue();
      assertThat(target.approval().approvedBy()).isEqualTo("maria");
    });
  }
}
