package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.testkit.Sandbox;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one sync for both targets, against the test kit's sandbox: every target combination, each
 * outcome (done, no changes, refused, stale, failed), approvals per target and a dry run, and
 * never one target's trouble stopping or mislabelling the other.
 */
class RosterSyncTest {
  private final SandboxTargets targets = new SandboxTargets();
  private final Sandbox sandbox = targets.sandbox;
  private final JobTicketClient jobTicket = targets.jobTicket;
  private final HrFeedClient hrFeed = targets.hrFeed;

  @AfterEach
  void stop() {
    targets.close();
  }

  private RosterSync.Builder sync() {
    return RosterSync.builder().clock(TestClock.CLOCK);
  }

  private RosterSync both() {
    return sync().jobTicket(jobTicket, 7).hrFeed(hrFeed).build();
  }

  private static Roster roster(int from, int to) {
    return SandboxTargets.roster(from, to);
  }

  private void jobTicketHas(int from, int to) {
    targets.jobTicketHas(from, to);
  }

  private void hrFeedHas(int from, int to) {
    targets.hrFeedHas(from, to);
  }

  private static List<Status> statuses(SyncReport report) {
    return report.outcomes().stream().map(TargetOutcome::status).toList();
  }

  @Test
  void jobTicketOnlyIsSentAndTheHrFeedIsNeitherTouchedNorReported() {
    jobTicketHas(1, 10);
    RosterSync sync = sync().jobTicket(jobTicket, 7).build();

    SyncReport report = sync.apply(sync.plan(roster(1, 11)), Approvals.none());

    assertThat(report.outcomes()).singleElement().satisfies(outcome -> {
      assertThat(outcome.target()).isEqualTo(Target.JOBTICKET);
      assertThat(outcome.status()).isEqualTo(Status.DONE);
      assertThat(outcome.message()).startsWith("sent 11 employees (0 to offboard), syncId ");
    });
    assertThat(sandbox.jobTicket().syncIds()).hasSize(1);
    assertThat(sandbox.hrFeed().users()).isEmpty();
  }

  @Test
  void hrFeedOnlyIsAppliedAndThenHasNoChanges() {
    hrFeedHas(1, 10);
    RosterSync sync = sync().hrFeed(hrFeed).build();

    SyncReport first = sync.apply(sync.plan(roster(1, 12)), Approvals.none());
    SyncReport second = sync.apply(sync.plan(roster(1, 12)), Approvals.none());

    assertThat(first.outcomes()).singleElement().satisfies(outcome -> {
      assertThat(outcome.status()).isEqualTo(Status.DONE);
      assertThat(outcome.applied()).isEqualTo(2);
    });
    assertThat(statuses(second)).containsExactly(Status.NO_CHANGES);
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
  }

  @Test
  void bothAllowedAreBothDoneAndTheNextPlanIsEmptyOnBoth() {
    jobTicketHas(1, 20);
    hrFeedHas(1, 20);
    RosterSync sync = both();

    SyncReport report = sync.apply(sync.plan(roster(1, 21)), Approvals.none());
    SyncPlan again = sync.plan(roster(1, 21));

    assertThat(statuses(report)).containsExactly(Status.DONE, Status.DONE);
    assertThat(report.succeeded()).isTrue();
    assertThat(report.jobTicket()).isNotNull();
    assertThat(report.hrFeed()).isNotNull();
    assertThat(again.plan(Target.HR_FEED)).get().satisfies(plan ->
        assertThat(plan.isEmpty()).isTrue());
    assertThat(again.plan(Target.JOBTICKET)).get().satisfies(plan ->
        assertThat(plan.isEmpty()).as(plan.render()).isTrue());
  }

  @Test
  void oneRefusedAndTheOtherAppliedThenTheRefusedOneGoesThroughWithItsOwnApproval() {
    jobTicketHas(1, 20);                 // 15 of 20 would be offboarded: refused
    RosterSync sync = both();            // the HR Feed is empty: 5 creates, allowed

    SyncPlan plan = sync.plan(roster(1, 5));
    SyncReport report = sync.apply(plan, Approvals.none());

    assertThat(statuses(report)).containsExactly(Status.REFUSED, Status.DONE);
    TargetOutcome refused = report.outcome(Target.JOBTICKET).orElseThrow();
    assertThat(refused.message()).startsWith("refusing to offboard 15 of 20 current records");
    assertThat(refused.approvable()).isTrue();
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
    assertThat(sandbox.hrFeed().users()).hasSize(5);

    String fingerprint = java.util.Objects.requireNonNull(refused.fingerprint());
    Approvals wrongTarget = Approvals.none().with(Target.HR_FEED, Approval.of(fingerprint));
    SyncPlan again = sync.plan(roster(1, 5));
    assertThat(statuses(sync.apply(again, wrongTarget)))
        .as("an approval is for its own target only").containsExactly(Status.REFUSED,
            Status.NO_CHANGES);
    SyncReport approved = sync.apply(again, Approvals.none().with(Target.JOBTICKET,
        Approval.of(fingerprint).by("maria").because("the company shrank")));
    assertThat(statuses(approved)).containsExactly(Status.DONE, Status.NO_CHANGES);
    assertThat(sandbox.jobTicket().syncIds()).hasSize(1);
  }

  @Test
  void oneStaleIsLeftUntouchedAndTheOtherIsApplied() {
    jobTicketHas(1, 10);
    hrFeedHas(1, 10);
    RosterSync sync = both();
    SyncPlan plan = sync.plan(roster(1, 11));
    jobTicketHas(50, 50);                // JobTicket changes between plan and apply

    SyncReport report = sync.apply(plan, Approvals.none());

    assertThat(statuses(report)).containsExactly(Status.STALE, Status.DONE);
    assertThat(report.outcome(Target.JOBTICKET).orElseThrow().message())
        .startsWith("JobTicket: the plan is stale, nothing was sent; plan again: JobTicket no "
            + "longer matches the plan " + plan.plan(Target.JOBTICKET).orElseThrow().fingerprint());
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
    assertThat(sandbox.hrFeed().users()).hasSize(11);
  }

  @Test
  void oneFailedToPlanAndTheOtherIsApplied() {
    jobTicketHas(1, 10);
    HrFeedClient refusedToken = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of("not-the-sandbox-token")).build();
    RosterSync sync = sync().jobTicket(jobTicket, 7).hrFeed(refusedToken).build();

    SyncPlan plan = sync.plan(roster(1, 10));
    SyncReport report = sync.apply(plan, Approvals.none());

    assertThat(plan.plan(Target.HR_FEED)).isEmpty();
    assertThat(statuses(report)).containsExactly(Status.DONE, Status.FAILED);
    assertThat(report.outcome(Target.HR_FEED).orElseThrow().message())
        .startsWith("could not be planned: GET /users failed: 403");
    assertThat(report.succeeded()).isFalse();
    assertThat(sandbox.jobTicket().syncIds()).hasSize(1);
  }

  @Test
  void aDryRunSaysWhatApplyWouldDoAndWritesNothing() {
    jobTicketHas(1, 20);
    hrFeedHas(1, 20);
    RosterSync sync = both();
    SyncPlan plan = sync.plan(roster(1, 21));
    int requests = sandbox.requestCount();

    SyncReport report = sync.dryRun(plan, Approvals.none());

    assertThat(statuses(report)).containsExactly(Status.WOULD_CHANGE, Status.WOULD_CHANGE);
    assertThat(report.outcome(Target.JOBTICKET).orElseThrow().message())
        .isEqualTo("would send 21 employees (0 to offboard); within the guard");
    assertThat(sandbox.requestCount()).isEqualTo(requests);
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
    assertThat(sandbox.hrFeed().users()).hasSize(20);
  }

  @Test
  void aSyncWithoutTargetsIsRefusedAtBuild() {
    assertThatThrownBy(() -> RosterSync.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configure jobTicket(...), hrFeed(...) or both");
  }

  @Test
  void anIntegrationIdThatIsNotPositiveIsRefusedAtBuildNamingIt() {
    assertThatThrownBy(() -> sync().jobTicket(jobTicket, 0).hrFeed(hrFeed).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("integrationId must be positive, was 0");
    assertThat(sandbox.requestCount()).isZero();
  }
}
