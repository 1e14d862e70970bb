package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.testkit.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export that shrinks a little every run: each run is under the per-run removal limit, and
 * the guard across runs refuses once the removals of the window pass it. Without a run log
 * the guard across runs is off, and the plan says so.
 */
class GuardAcrossRunsTest {
  @TempDir
  Path dir;

  private final VirtualClock clock = new VirtualClock(Instant.parse("2026-06-01T08:00:00Z"));
  private final SandboxTargets targets = new SandboxTargets(clock);
  private final Sandbox sandbox = targets.sandbox;
  private final HrFeedClient hrFeed = targets.hrFeed;
  private final JobTicketClient jobTicket = targets.jobTicket;

  @AfterEach
  void stop() {
    targets.close();
  }

  private static Roster roster(int size) {
    return SandboxTargets.roster(1, size);
  }

  private void bothHave(int size) {
    targets.hrFeedHas(1, size);
    targets.jobTicketHas(1, size);
  }

  /** Runs a week apart, each with 5 fewer rows than the last: 5 % of 100, the limit 20 %. */
  private List<SyncReport> shrinkingRuns(RosterSync sync, int runs) {
    List<SyncReport> reports = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      reports.add(sync.apply(sync.plan(roster(100 - 5 * run)), Approvals.none()));
      clock.advance(Duration.ofDays(7));
    }
    return reports;
  }

  private static List<Status> statuses(SyncReport report) {
    return report.outcomes().stream().map(TargetOutcome::status).toList();
  }

  @Test
  void fiveRunsEachUnderThePerRunLimitAreRefusedOnceTheWindowsSumPassesIt() {
    bothHave(100);
    RosterSync sync = RosterSync.builder().clock(clock).runLog(FileRunLog.open(dir))
        .jobTicket(jobTicket, 7).hrFeed(hrFeed).build();

    List<SyncReport> reports = shrinkingRuns(sync, 4);
    clock.advance(Duration.ofDays(-7));
    SyncPlan fifth = sync.plan(roster(75));
    SyncReport refused = sync.apply(fifth, Approvals.none());

    assertThat(reports).allSatisfy(report ->
        assertThat(statuses(report)).containsExactly(Status.DONE, Status.DONE));
    assertThat(fifth.parts()).allSatisfy(part -> {
      assertThat(part.plan().verdict().allowed()).as("the run alone is within the limit")
          .isTrue();
      assertThat(part.verdict().allowed()).isFalse();
    });
    assertThat(fifth.render()).containsPattern("refusing to remove 5 more records: with the 20 "
        + "that 4 runs in the last 30 days removed without approval \\(\\w+-\\w+: 5, \\w+-\\w+: 5, "
        + "\\w+-\\w+: 5, \\w+-\\w+: 5\\), that is 25 of 100 records \\(25 %\\) within the "
        + "window, and the limit is 20");
    assertThat(statuses(refused)).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(sandbox.hrFeed().users()).filteredOn(user -> Boolean.TRUE.equals(
        user.get("isActive"))).hasSize(80);

    String fingerprint = fifth.plan(Target.HR_FEED).orElseThrow().fingerprint();
    SyncReport approved = sync.apply(fifth, Approvals.none().with(Target.HR_FEED,
        Approval.of(fingerprint).by("maria")));
    assertThat(statuses(approved)).containsExactly(Status.REFUSED, Status.DONE);
  }

  @Test
  void removalsOlderThanTheWindowNoLongerCount() {
    bothHave(100);
    RosterSync sync = RosterSync.builder().clock(clock).runLog(FileRunLog.open(dir))
        .removalWindow(Duration.ofDays(10)).hrFeed(hrFeed).build();

    List<SyncReport> reports = shrinkingRuns(sync, 6);

    assertThat(reports).allSatisfy(report ->
        assertThat(statuses(report)).containsExactly(Status.DONE));
  }

  @Test
  void withoutARunLogTheGuardAcrossRunsIsOffAndThePlanSaysSo() {
    bothHave(100);
    RosterSync sync = RosterSync.builder().clock(clock).hrFeed(hrFeed).build();

    List<SyncReport> reports = shrinkingRuns(sync, 5);
    SyncPlan sixth = sync.plan(roster(65));

    assertThat(reports).allSatisfy(report ->
        assertThat(statuses(report)).containsExactly(Status.DONE));
    assertThat(sixth.render()).contains("Guard across runs: off (no run log is configured).");
  }

  @Test
  void anotherInstanceOfTheTargetDoesNotCountTowardsThisOnesWindow() {
    bothHave(100);
    Path shared = dir.resolve("shared");
    try (Sandbox other = Sandbox.start(SandboxFaults.none(), clock)) {
      IntStream.rangeClosed(1, 100).forEach(i -> other.hrFeed().seed(Map.of("externalId",
          "E" + i, "firstName", "F", "lastName", "L", "email", "e" + i + "@example.com",
          "isActive", true)));
      HrFeedClient otherClient = HrFeedClient.builder().baseUrl(other.hrFeedUrl())
          .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
      RosterSync elsewhere = RosterSync.builder().clock(clock)
          .runLog(FileRunLog.open(shared)).hrFeed(otherClient).build();
      shrinkingRuns(elsewhere, 3);
    }
    RosterSync sync = RosterSync.builder().clock(clock).runLog(FileRunLog.open(shared))
        .hrFeed(hrFeed).build();

    SyncReport report = sync.apply(sync.plan(roster(85)), Approvals.none());

    assertThat(statuses(report)).as("15 removed here; the 15 elsewhere are another company's")
        .containsExactly(Status.DONE);
  }
}
