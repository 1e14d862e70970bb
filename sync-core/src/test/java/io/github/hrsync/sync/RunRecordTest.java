package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.testkit.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run leaves in the run log, read back: for runs that apply, are refused, are approved,
 * go stale and fail part-way. What changed and who let it, by keys and field names; no value
 * of a person's record unless asked for, and no secret in any form.
 */
class RunRecordTest {
  @TempDir
  Path dir;

  private final SandboxTargets targets = new SandboxTargets();
  private final Sandbox sandbox = targets.sandbox;
  private final JobTicketClient jobTicket = targets.jobTicket;
  private final HrFeedClient hrFeed = targets.hrFeed;

  @AfterEach
  void stop() {
    targets.close();
  }

  private RunLog log() {
    return FileRunLog.open(dir);
  }

  private RosterSync.Builder sync() {
    return RosterSync.builder().clock(TestClock.CLOCK).runLog(log());
  }

  private RunRecord recorded(SyncReport report) {
    return new RunHistory(log()).run(report.runId()).orElseThrow();
  }

  private String logText() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.toString().endsWith(".jsonl")).map(file -> {
        try {
          return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.joining());
    }
  }

  @Test
  void anAppliedRunRecordsTheRosterThePlansAndEveryOperationWithTheServersAnswer()
      throws IOException {
    targets.jobTicketHas(1, 10);
    targets.hrFeedHas(1, 10);
    RosterSync sync = sync().jobTicket(jobTicket, 7).hrFeed(hrFeed).build();
    Roster roster = SandboxTargets.roster(1, 11);
    SyncPlan plan = sync.plan(roster);

    SyncReport report = sync.apply(plan, Approvals.none());
    RunRecord run = recorded(report);

    assertThat(run.complete()).isTrue();
    assertThat(run.dryRun()).isFalse();
    assertThat(run.rosterRows()).isEqualTo(11);
    assertThat(run.rosterDigest()).isEqualTo(roster.digest()).hasSize(64);
    assertThat(run.targets()).extracting(TargetRecord::target, TargetRecord::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Target.JOBTICKET, Status.DONE),
            org.assertj.core.groups.Tuple.tuple(Target.HR_FEED, Status.DONE));
    TargetRecord jt = run.target(Target.JOBTICKET).orElseThrow();
    assertThat(jt.fingerprint()).isEqualTo(plan.plan(Target.JOBTICKET).orElseThrow()
        .fingerprint());
    assertThat(jt.scope()).isEqualTo(jobTicket.baseUrl() + " integration 7");
    assertThat(jt.verdict().allowed()).isTrue();
    assertThat(jt.approval()).isNull();
    assertThat(jt.operations()).singleElement().satisfies(op -> {
      assertThat(op.kind()).isEqualTo("ADD");
      assertThat(op.key()).isEqualTo("E11");
      assertThat(op.outcome()).isEqualTo("SUCCEEDED");
      assertThat(op.status()).isEqualTo(204);
      assertThat(op.attempts()).isEqualTo(1);
    });
    TargetRecord hf = run.target(Target.HR_FEED).orElseThrow();
    assertThat(hf.adds()).isEqualTo(1);
    assertThat(hf.operations()).singleElement().satisfies(op -> {
      assertThat(op.kind()).isEqualTo("CREATE");
      assertThat(op.key()).isEqualTo("E11");
      assertThat(op.fields()).contains("firstName", "lastName", "email");
      assertThat(op.status()).isBetween(200, 201);
      assertThat(op.attempts()).isEqualTo(1);
      assertThat(op.values()).isEmpty();
      assertThat(op.error()).isNull();
    });
    assertThat(logText()).doesNotContain("First11", "Last11", "e11@example.com",
        Sandbox.JOBTICKET_KEY_SECRET, Sandbox.HR_FEED_TOKEN);
  }

  @Test
  void aRefusedRunRecordsTheVerdictPerDimensionAndNoOperation() {
    targets.jobTicketHas(1, 20);
    RosterSync sync = sync().jobTicket(jobTicket, 7).build();

    SyncReport report = sync.apply(sync.plan(SandboxTargets.roster(1, 5)), Approvals.none());
    TargetRecord jt = recorded(report).target(Target.JOBTICKET).orElseThrow();

    assertThat(jt.status()).isEqualTo(Status.REFUSED);
    assertThat(jt.removals()).isEqualTo(15);
    assertThat(jt.verdict().allowed()).isFalse();
    assertThat(jt.verdict().breaches()).singleElement().satisfies(breach -> {
      assertThat(breach.dimension()).isEqualTo(Dimension.REMOVALS);
      assertThat(breach.count()).isEqualTo(15);
      assertThat(breach.base()).isEqualTo(20);
    });
    assertThat(jt.operations()).isEmpty();
    assertThat(jt.message()).startsWith("refusing to offboard 15 of 20");
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
  }

  @Test
  void anApprovedRunRecordsWhoApprovedWhenAndWhyAndEachOffboarding() {
    targets.jobTicketHas(1, 20);
    RosterSync sync = sync().jobTicket(jobTicket, 7).build();
    SyncPlan plan = sync.plan(SandboxTargets.roster(1, 5));
    String fingerprint = plan.plan(Target.JOBTICKET).orElseThrow().fingerprint();
    Instant approvedAt = Instant.parse("2026-06-15T09:30:00Z");

    SyncReport report = sync.apply(plan, Approvals.none().with(Target.JOBTICKET,
        Approval.of(fingerprint).by("maria@hr").because("the Oslo office closed")
            .at(approvedAt)));
    TargetRecord jt = recorded(report).target(Target.JOBTICKET).orElseThrow();

    assertThat(jt.status()).isEqualTo(Status.DONE);
    assertThat(jt.approval()).isEqualTo(new Approval(fingerprint, "maria@hr",
        "the Oslo office closed", approvedAt));
    assertThat(jt.operations()).filteredOn(OperationRecord::removes).hasSize(15)
        .allSatisfy(op -> {
          assertThat(op.kind()).isEqualTo("OFFBOARD");
          assertThat(op.succeeded()).isTrue();
        });
    assertThat(jt.removed()).isEqualTo(15);
  }

  @Test
  void aStaleRunRecordsStaleAndNoOperation() {
    targets.jobTicketHas(1, 10);
    RosterSync sync = sync().jobTicket(jobTicket, 7).build();
    SyncPlan plan = sync.plan(SandboxTargets.roster(1, 11));
    targets.jobTicketHas(50, 50);

    TargetRecord jt = recorded(sync.apply(plan, Approvals.none())).target(Target.JOBTICKET)
        .orElseThrow();

    assertThat(jt.status()).isEqualTo(Status.STALE);
    assertThat(jt.operations()).isEmpty();
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
  }

  @Test
  void aRunThatFailsPartWayRecordsWhatSucceededAndWhatFailedWithoutTheServersText()
      throws IOException {
    targets.hrFeedHas(1, 10);
    RosterSync sync = sync().hrFeed(FailingHrFeed.refusingCreateOf(hrFeed, "E12"))
        .applyOptions(io.github.hrsync.sync.hrfeed.ApplyOptions.defaults().withConcurrency(1))
        .build();

    SyncReport report = sync.apply(sync.plan(SandboxTargets.roster(1, 13)), Approvals.none());
    RunRecord run = recorded(report);
    TargetRecord hf = run.target(Target.HR_FEED).orElseThrow();

    assertThat(run.complete()).isTrue();
    assertThat(hf.status()).isEqualTo(Status.FAILED);
    assertThat(hf.operations()).extracting(OperationRecord::key, OperationRecord::outcome)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("E11", "SUCCEEDED"),
            org.assertj.core.groups.Tuple.tuple("E12", "FAILED"),
            org.assertj.core.groups.Tuple.tuple("E13", "SUCCEEDED"));
    assertThat(hf.operations()).filteredOn(op -> op.key().equals("E12")).singleElement()
        .satisfies(op -> {
          assertThat(op.status()).isEqualTo(400);
          assertThat(op.error()).isEqualTo("HTTP 400");
        });
    assertThat(logText()).doesNotContain("e12@example.com", "Unit does not exist");
  }

  @Test
  void valuesAndTheServersTextAreRecordedOnlyWhenAskedFor() {
    targets.hrFeedHas(1, 10);
    RosterSync sync = sync().recordValues(true)
        .hrFeed(FailingHrFeed.refusingCreateOf(hrFeed, "E12")).build();

    SyncReport report = sync.apply(sync.plan(SandboxTargets.roster(1, 12)), Approvals.none());
    TargetRecord hf = recorded(report).target(Target.HR_FEED).orElseThrow();

    assertThat(hf.operations()).filteredOn(op -> op.key().equals("E11")).singleElement()
        .satisfies(op -> assertThat(op.values()).containsEntry("firstName", "First11")
            .containsEntry("email", "e11@example.com"));
    assertThat(hf.operations()).filteredOn(op -> op.key().equals("E12")).singleElement()
        .satisfies(op -> assertThat(op.error()).contains("Unit does not exist"));
    assertThat(hf.message()).contains("failed");
  }

  @Test
  void aDryRunIsRecordedAsOneAndSendsNothing() {
    targets.jobTicketHas(1, 10);
    RosterSync sync = sync().jobTicket(jobTicket, 7).build();
    SyncPlan plan = sync.plan(SandboxTargets.roster(1, 11));

    RunRecord run = recorded(sync.dryRun(plan, Approvals.none()));

    assertThat(run.dryRun()).isTrue();
    assertThat(run.target(Target.JOBTICKET).orElseThrow().status())
        .isEqualTo(Status.WOULD_CHANGE);
    assertThat(run.target(Target.JOBTICKET).orElseThrow().operations()).isEmpty();
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
  }

  @Test
  void theLastRunsAreListedNewestFirst() {
    targets.hrFeedHas(1, 10);
    RosterSync sync = sync().hrFeed(hrFeed).build();
    SyncReport first = sync.apply(sync.plan(SandboxTargets.roster(1, 11)), Approvals.none());
    SyncReport second = sync.apply(sync.plan(SandboxTargets.roster(1, 12)), Approvals.none());
    SyncReport third = sync.dryRun(sync.plan(SandboxTargets.roster(1, 12)), Approvals.none());

    assertThat(new RunHistory(log()).recent(2)).extracting(RunRecord::runId)
        .containsExactly(third.runId(), second.runId());
    assertThat(new RunHistory(log()).recent(10)).extracting(RunRecord::runId)
        .containsExactly(third.runId(), second.runId(), first.runId());
  }
}
