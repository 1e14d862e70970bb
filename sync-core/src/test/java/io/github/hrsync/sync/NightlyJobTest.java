package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A nightly job with a run log against the sandbox, one run a night on a virtual clock: an
 * approved reorg does not make the ordinary nights after it need an approval, while a drip of
 * unapproved removals is refused by its fifth night, before or after an approval.
 */
class NightlyJobTest extends NightlyWorldTest {
  private RosterSync nightly() {
    return world.sync().runLog(FileRunLog.open(dir)).jobTicket(world.jobTicket, 7)
        .hrFeed(world.hrFeed).build();
  }

  private void bothHave(int size) {
    SandboxTargets.jobTicketHas(world.sandbox, 1, size);
    SandboxTargets.hrFeedHas(world.sandbox, 1, size);
  }

  /** The roster of employees {@code from} to 200: those before {@code from} have left. */
  private static Roster from(int from) {
    return SandboxTargets.roster(from, 200);
  }

  private SyncReport night(RosterSync sync, Roster roster) {
    world.clock.advance(Duration.ofDays(1));
    return sync.apply(sync.plan(roster), Approvals.none());
  }

  private static List<Status> statuses(SyncReport report) {
    return report.outcomes().stream().map(TargetOutcome::status).toList();
  }

  /** Removes 30 % of 200 with an approval: the plan is refused first, then approved. */
  private void approvedReorg(RosterSync sync) {
    world.clock.advance(Duration.ofDays(1));
    SyncPlan reorg = sync.plan(from(61));
    SyncReport refused = sync.apply(reorg, Approvals.none());
    assertThat(statuses(refused)).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(statuses(sync.apply(reorg, RefusedPlans.approved(refused))))
        .containsExactly(Status.DONE, Status.DONE);
  }

  private long activeOnJobTicket() {
    return world.sandbox.jobTicket().activeEmployees().size();
  }

  private long activeOnHrFeed() {
    return world.sandbox.hrFeed().users().stream()
        .filter(user -> Boolean.TRUE.equals(user.get("isActive"))).count();
  }

  @Test
  void anApprovedReorgLetsThirtyNightsOfOneOrdinaryLeaverThrough() {
    bothHave(200);
    RosterSync sync = nightly();
    approvedReorg(sync);

    List<SyncReport> nights = new ArrayList<>();
    for (int night = 1; night <= 30; night++) {
      nights.add(night(sync, from(61 + night)));
    }

    assertThat(nights).allSatisfy(report ->
        assertThat(statuses(report)).containsExactly(Status.DONE, Status.DONE));
    assertThat(activeOnJobTicket()).isEqualTo(110);
    assertThat(activeOnHrFeed()).isEqualTo(110);
  }

  @Test
  void fivePercentANightWithoutApprovalIsRefusedOnTheFifthNight() {
    bothHave(200);
    RosterSync sync = nightly();

    List<SyncReport> nights = new ArrayList<>();
    for (int night = 1; night <= 5; night++) {
      nights.add(night(sync, from(1 + 10 * night)));
    }

    assertThat(nights.subList(0, 4)).allSatisfy(report ->
        assertThat(statuses(report)).containsExactly(Status.DONE, Status.DONE));
    assertThat(statuses(nights.get(4))).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(nights.get(4).outcomes().get(0).message()).contains(
        "with the 40 that 4 runs in the last 30 days removed without approval");
    assertThat(activeOnJobTicket()).isEqualTo(160);
    assertThat(activeOnHrFeed()).isEqualTo(160);
  }

  @Test
  void aDripAfterAnApprovedReorgIsRefusedOnItsFifthNight() {
    bothHave(200);
    RosterSync sync = nightly();
    approvedReorg(sync);

    List<SyncReport> drip = new ArrayList<>();
    for (int night = 1; night <= 5; night++) {
      drip.add(night(sync, from(61 + 10 * night)));
    }

    assertThat(drip.subList(0, 4)).allSatisfy(report ->
        assertThat(statuses(report)).containsExactly(Status.DONE, Status.DONE));
    assertThat(statuses(drip.get(4))).containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(drip.get(4).outcomes().get(1).message()).contains("the 60 that approved runs "
        + "removed are acknowledged and not counted");
    assertThat(activeOnJobTicket()).isEqualTo(100);
    assertThat(activeOnHrFeed()).isEqualTo(100);
  }

  @Test
  void approvingOneSmallPlanDoesNotForgiveTheDripBeforeIt() {
    bothHave(200);
    RosterSync sync = nightly();
    for (int night = 1; night <= 4; night++) {
      assertThat(statuses(night(sync, from(1 + 10 * night))))
          .containsExactly(Status.DONE, Status.DONE);
    }
    SyncReport refused = night(sync, from(42));
    assertThat(statuses(refused)).containsExactly(Status.REFUSED, Status.REFUSED);
    SyncPlan small = sync.plan(from(42));
    SyncReport smallRefused = sync.apply(small, Approvals.none());
    assertThat(statuses(sync.apply(small, RefusedPlans.approved(smallRefused))))
        .containsExactly(Status.DONE, Status.DONE);

    SyncReport next = night(sync, from(43));

    assertThat(statuses(next)).as("the 40 unapproved removals still count")
        .containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(activeOnJobTicket()).isEqualTo(159);
  }

  @Test
  void theRecordSaysWhetherAnApprovalWasUsedAndHoldsTheVerdictComputedAtApply() {
    bothHave(200);
    RunLog log = FileRunLog.open(dir);
    RosterSync sync = world.sync().runLog(log).jobTicket(world.jobTicket, 7)
        .hrFeed(world.hrFeed).build();
    SyncPlan reorg = sync.plan(from(61));
    Approvals stale = Approvals.none().with(Target.HR_FEED, Approval.of("0123456789ab")
        .by("maria"));

    SyncReport offered = sync.apply(reorg, stale);
    SyncReport used = sync.apply(reorg, RefusedPlans.approved(offered));

    RunHistory history = new RunHistory(log);
    TargetRecord notUsed = history.run(offered.runId()).orElseThrow().targets().get(1);
    assertThat(notUsed.approval()).isNotNull();
    assertThat(notUsed.approvalUsed()).as("an approval of another plan was offered, not used")
        .isFalse();
    assertThat(notUsed.verdict().allowed()).isFalse();
    assertThat(notUsed.status()).isEqualTo(Status.REFUSED);
    assertThat(history.run(used.runId()).orElseThrow().targets())
        .allSatisfy(target -> assertThat(target.approvalUsed()).isTrue());
  }

  @Test
  void theVerdictRecordedIsTheEnginesNotTheOneACallersPlanCarries() {
    bothHave(200);
    RunLog log = FileRunLog.open(dir);
    RosterSync sync = world.sync().runLog(log).hrFeed(world.hrFeed).build();
    SyncPlan real = sync.plan(from(101));
    var plan = (io.github.hrsync.sync.hrfeed.HrFeedPlan) real.parts().get(0).plan();
    var forged = new io.github.hrsync.sync.hrfeed.HrFeedPlan(plan.baseUrl(), plan.options(),
        plan.operations(), plan.currentUsers(), plan.removableRecords(), plan.rosterSize(),
        plan.warnings(), io.github.hrsync.sync.plan.Verdict.ALLOWED);
    SyncPlan edited = new SyncPlan(real.planId(), real.rosterDigest(), real.rosterRows(),
        List.of(new SyncPlan.Part(Target.HR_FEED, forged, null, null, 0)));

    SyncReport report = sync.apply(edited, Approvals.none());

    assertThat(statuses(report)).containsExactly(Status.REFUSED);
    TargetRecord recorded = new RunHistory(log).run(report.runId()).orElseThrow().targets()
        .get(0);
    assertThat(recorded.verdict().allowed()).isFalse();
    assertThat(recorded.verdict().refusal()).contains("deactivate or delete 100 of 200");
    assertThat(activeOnHrFeed()).isEqualTo(200);
  }

  @Test
  void aReplaceThatChangesNothingVisibleIsSentByDefaultAndSkippedWhenAsked() {
    bothHave(200);
    RosterSync sends = world.sync().jobTicket(world.jobTicket, 7).build();
    RosterSync skips = world.sync().jobTicket(world.jobTicket, 7).skipUnchangedReplace(true)
        .build();

    SyncReport sent = night(sends, from(1));
    SyncReport skipped = night(skips, from(1));

    assertThat(sent.outcomes().get(0).message()).startsWith("sent 200 employees (0 to offboard)");
    assertThat(skipped.outcomes().get(0).status()).isEqualTo(Status.NO_CHANGES);
    assertThat(skipped.outcomes().get(0).message()).isEqualTo("not sent: no change visible "
        + "(nothing to add, change or offboard)");
    assertThat(world.sandbox.jobTicket().syncIds()).hasSize(1);
    assertThat(statuses(night(skips, from(2)))).as("a leaver is a change: sent")
        .containsExactly(Status.DONE);
    assertThat(world.sandbox.jobTicket().syncIds()).hasSize(2);
  }
}
