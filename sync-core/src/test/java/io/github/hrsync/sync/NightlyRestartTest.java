package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.testkit.Sandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly job whose every night is a new process: the plan is refused in one, approved by a
 * person, and applied in the next, against a sandbox started again on the same port with the
 * same state file, as against a real server.
 */
class NightlyRestartTest {
  @TempDir
  Path dir;

  /** What one process builds: its own clients and sync, on the same run log. */
  private RosterSync process(Sandbox sandbox) {
    JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
    HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
    return RosterSync.builder().runLog(FileRunLog.open(dir.resolve("run-log")))
        .jobTicket(jobTicket, 7).hrFeed(hrFeed).build();
  }

  private static List<Status> statuses(SyncReport report) {
    return report.outcomes().stream().map(TargetOutcome::status).toList();
  }

  @Test
  void aPlanRefusedInOneProcessIsApprovedAndAppliedInTheNext() {
    Path state = dir.resolve("sandbox.json");
    int port;
    Approvals approvals = Approvals.none();
    try (Sandbox first = Sandbox.builder().stateFile(state).start()) {
      port = first.port();
      SandboxTargets.jobTicketHas(first, 1, 50);
      SandboxTargets.hrFeedHas(first, 1, 50);
      RosterSync night = process(first);
      SyncReport refused = night.apply(night.plan(SandboxTargets.roster(21, 50)),
          Approvals.none());
      assertThat(statuses(refused)).containsExactly(Status.REFUSED, Status.REFUSED);
      for (TargetOutcome outcome : refused.outcomes()) {
        approvals = approvals.with(outcome.target(), Approval.of(outcome.fingerprint())
            .by("maria").because("the reorg"));
      }
    }

    SyncReport applied;
    try (Sandbox second = Sandbox.builder().port(port).stateFile(state).start()) {
      RosterSync next = process(second);
      applied = next.apply(next.plan(SandboxTargets.roster(21, 50)), approvals);
      assertThat(second.jobTicket().activeEmployees()).hasSize(30);
    }

    assertThat(statuses(applied)).containsExactly(Status.DONE, Status.DONE);
    try (Sandbox third = Sandbox.builder().port(port).stateFile(state).start()) {
      assertThat(third.hrFeed().users()).filteredOn(user -> Boolean.TRUE.equals(
          user.get("isActive"))).hasSize(30);
      assertThat(third.jobTicket().syncIds()).hasSize(1);
    }
    assertThat(new RunHistory(FileRunLog.open(dir.resolve("run-log"))).recent(10))
        .hasSize(2).first().satisfies(run -> assertThat(run.targets())
            .allSatisfy(target -> assertThat(target.approvalUsed()).isTrue()));
  }
}
