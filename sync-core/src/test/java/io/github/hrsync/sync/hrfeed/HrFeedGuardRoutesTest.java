package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static io.github.hrsync.sync.hrfeed.FakeHrFeedClient.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.hrfeed.User;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes by which an HR Feed plan could deactivate users past the guard, closed. */
class HrFeedGuardRoutesTest {
  private final FakeHrFeedClient hrFeed = new FakeHrFeedClient();
  private final HrFeedSync sync = new HrFeedSync(hrFeed, PlanOptions.defaults());

  @BeforeEach
  void threeHundredActiveUsers() {
    for (int i = 1; i <= 300; i++) {
      hrFeed.add(user(Integer.toString(i), "E" + i, "F" + i, "L" + i, "e" + i + "@example.com",
          true));
    }
  }

  private static Roster fifty() {
    return Roster.of(IntStream.rangeClosed(1, 50).mapToObj(i -> SourceEmployee.builder("E" + i,
        "F" + i, "L" + i, "e" + i + "@example.com").build()).toList());
  }

  @Test
  void route1AnEditedCountInThePlanFileIsRefusedWhenRead() {
    HrFeedPlan plan = sync.plan(fifty());
    String edited = plan.toJson().replace("\"removableRecords\" : 300",
        "\"removableRecords\" : 100000");

    assertThat(plan.removals()).isEqualTo(250);
    assertThat(edited).isNotEqualTo(plan.toJson());
    assertThatThrownBy(() -> HrFeedPlan.fromJson(edited))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageStartingWith("the plan was edited: its content hashes to");
    assertThat(hrFeed.writes()).isZero();
  }

  @Test
  void route1APlanThatClaimsAHugeBaseIsGuardedWithTheUsersListedAtApply() {
    HrFeedPlan real = sync.plan(fifty());
    HrFeedPlan claimsMore = new HrFeedPlan(real.baseUrl(), real.options(), real.operations(),
        100_000, 100_000, real.rosterSize(), real.warnings(), Verdict.ALLOWED);
    HrFeedPlan readBack = HrFeedPlan.fromJson(claimsMore.toJson()); // a consistent, signed file

    assertThatThrownBy(() -> sync.apply(readBack, Approvals.none()))
        .isInstanceOf(GuardRefusedException.class)
        .hasMessageStartingWith("refusing to deactivate or delete 250 of 300 current records");
    assertThat(hrFeed.writes()).isZero();
  }

  @Test
  void aDeactivationDisguisedAsAnUpdateInAHandBuiltPlanCountsAsARemoval() {
    List<PlannedOperation> disguised = IntStream.rangeClosed(1, 250).mapToObj(i ->
        new PlannedOperation(OperationKind.UPDATE, Integer.toString(i), "E" + i,
            "e" + i + "@example.com", "F" + i + " L" + i, List.of(new FieldChange(
                io.github.hrsync.hrfeed.UserField.IS_ACTIVE, true, false)))).toList();
    HrFeedPlan plan = new HrFeedPlan(hrFeed.baseUrl(), PlanOptions.defaults().describe(),
        disguised, 300, 300, 300, List.of(), Verdict.ALLOWED);

    assertThat(plan.removals()).isEqualTo(250);
    assertThatThrownBy(() -> sync.apply(plan, Approvals.none()))
        .isInstanceOf(GuardRefusedException.class)
        .hasMessageStartingWith("refusing to deactivate or delete 250 of 300 current records");
    assertThat(hrFeed.writes()).isZero();
  }

  @Test
  void aPlanMadeAgainstAnotherHrFeedIsRefusedBeforeAnyRequest() {
    HrFeedPlan real = sync.plan(Roster.of(List.of(SourceEmployee.builder("E1", "F1", "Changed",
        "e1@example.com").build())));
    HrFeedPlan elsewhere = new HrFeedPlan("https://other.example/api/v2/hr-feed", real.options(),
        real.operations(), real.currentUsers(), real.removableRecords(), real.rosterSize(),
        real.warnings(), Verdict.ALLOWED);

    assertThatThrownBy(() -> sync.apply(elsewhere,
        Approvals.of(Target.HR_FEED, Approval.of(elsewhere.fingerprint()))))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("the plan was made against https://other.example/api/v2/hr-feed");
    assertThat(hrFeed.writes()).isZero();
  }

  @Test
  void theFingerprintCoversTargetOptionsAndCounts() {
    HrFeedPlan plan = sync.plan(fifty());

    assertThat(new HrFeedPlan("https://x", plan.options(), plan.operations(), plan.currentUsers(),
        plan.removableRecords(), plan.rosterSize(), plan.warnings(), Verdict.ALLOWED).fingerprint())
        .isNotEqualTo(plan.fingerprint());
    assertThat(new HrFeedPlan(plan.baseUrl(), "other", plan.operations(), plan.currentUsers(),
        plan.removableRecords(), plan.rosterSize(), plan.warnings(), Verdict.ALLOWED).fingerprint())
        .isNotEqualTo(plan.fingerprint());
    assertThat(new HrFeedPlan(plan.baseUrl(), plan.options(), plan.operations(),
        plan.currentUsers(), plan.removableRecords() + 1, plan.rosterSize(), plan.warnings(), Verdict.ALLOWED)
        .fingerprint()).isNotEqualTo(plan.fingerprint());
  }

  @Test
  void plannerStalenessAndValidatorFoldIdsTheSameWay() {
    FakeHrFeedClient turkish = new FakeHrFeedClient();
    User existing = turkish.add(user("7", "EMP-I", "Ida", "Ilmaz", "ida@example.com", true));
    HrFeedSync other = new HrFeedSync(turkish, PlanOptions.defaults());
    Roster roster = Roster.of(List.of(SourceEmployee.builder("emp-ı", "Ida", "Yılmaz",
        "ida@example.com").build()));

    HrFeedPlan plan = other.plan(roster);

    assertThat(plan.operations()).singleElement().satisfies(op -> {
      assertThat(op.kind()).isEqualTo(OperationKind.UPDATE);
      assertThat(op.userId()).isEqualTo(existing.id());
    });
    assertThat(plan.staleness(turkish.users())).isEmpty();
  }
}
