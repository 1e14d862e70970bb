package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines planted in the run log between nightly runs never open the guard across runs, and
 * never make a plan or the history throw: runs are judged by their own first line, and a line
 * that cannot be read is skipped.
 */
class HostileRunLogLinesTest extends NightlyWorldTest {
  private static List<Status> statuses(SyncReport report) {
    return report.outcomes().stream().map(TargetOutcome::status).toList();
  }

  /** Four nights removing 10 of 200 each, then the planted lines, then the fifth night. */
  private SyncReport fifthNightAfter(RunLog log, List<String> planted) {
    SandboxTargets.jobTicketHas(world.sandbox, 1, 200);
    SandboxTargets.hrFeedHas(world.sandbox, 1, 200);
    RosterSync sync = world.sync().runLog(log).jobTicket(world.jobTicket, 7)
        .hrFeed(world.hrFeed).build();
    String lastRun = null;
    for (int night = 1; night <= 4; night++) {
      world.clock.advance(Duration.ofDays(1));
      SyncReport report = sync.apply(sync.plan(SandboxTargets.roster(1 + 10 * night, 200)),
          Approvals.none());
      assertThat(statuses(report)).containsExactly(Status.DONE, Status.DONE);
      lastRun = report.runId();
    }
    for (String line : planted) {
      String text = line.replace("LAST", lastRun);
      String runId = text.substring("{\"runId\":\"".length(), text.indexOf('"', 10));
      log.append(runId, text.contains("\"event\":\"run\""), text);
    }
    world.clock.advance(Duration.ofDays(1));
    return sync.apply(sync.plan(SandboxTargets.roster(51, 200)), Approvals.none());
  }

  @Test
  void anOldRunLineAppendedAfterTheRealRunsDoesNotEndTheWindow() {
    SyncReport fifth = fifthNightAfter(FileRunLog.open(dir), List.of(
        "{\"runId\":\"19991231T000000Z-00000000\",\"event\":\"run\",\"startedAt\":"
            + "\"2000-01-01T00:00:00Z\",\"dryRun\":false,\"rosterDigest\":\"x\","
            + "\"rosterRows\":1}"));

    assertThat(statuses(fifth)).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(160);
  }

  @Test
  void aStrayRunLineReusingARealRunsIdDoesNotMoveThatRunOutOfTheWindow() {
    SyncReport fifth = fifthNightAfter(FileRunLog.open(dir), List.of(
        "{\"runId\":\"LAST\",\"event\":\"run\",\"startedAt\":\"2000-01-01T00:00:00Z\","
            + "\"dryRun\":true,\"rosterDigest\":\"x\",\"rosterRows\":1}"));

    assertThat(statuses(fifth)).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(world.sandbox.hrFeed().users()).filteredOn(user -> Boolean.TRUE.equals(
        user.get("isActive"))).hasSize(160);
  }

  @Test
  void unreadableDatesStatusesAndApprovalsAreSkippedNeverThrown() {
    RunLog log = FileRunLog.open(dir);
    SyncReport fifth = fifthNightAfter(log, List.of(
        "{\"runId\":\"r-bad-date\",\"event\":\"run\",\"startedAt\":\"yesterday\"}",
        "{\"runId\":\"LAST\",\"event\":\"outcome\",\"target\":\"HR_FEED\",\"status\":\"PWNED\"}",
        "{\"runId\":\"LAST\",\"event\":\"target\",\"target\":\"HR_FEED\",\"scope\":\"x\","
            + "\"approval\":{\"fingerprint\":\"f\",\"approvedAt\":\"soon\",\"used\":true}}",
        "{\"runId\":\"LAST\",\"event\":\"end\",\"finishedAt\":42}"));

    List<RunRecord> recent = new RunHistory(log).recent(10);

    assertThat(statuses(fifth)).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(recent).hasSize(5).allSatisfy(run -> assertThat(run.runId())
        .isNotEqualTo("r-bad-date"));
  }

  @Test
  void aPlantedApprovalOnARealRunDoesNotAcknowledgeItsRemovals() {
    String scope = world.hrFeed.baseUrl();
    SyncReport fifth = fifthNightAfter(FileRunLog.open(dir), List.of(
        "{\"runId\":\"LAST\",\"event\":\"target\",\"target\":\"HR_FEED\",\"scope\":\""
            + scope + "\",\"approval\":{\"fingerprint\":\"f\",\"used\":true}}"));

    assertThat(fifth.outcomes().get(1).status()).isEqualTo(Status.REFUSED);
    assertThat(fifth.outcomes().get(1).message()).contains("with the 40 that 4 runs");
  }
}
