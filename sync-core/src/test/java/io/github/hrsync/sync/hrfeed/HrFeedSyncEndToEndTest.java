package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static io.github.hrsync.sync.hrfeed.FakeHrFeedClient.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrsync.core.error.BadRequestException;
import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HrFeedSyncEndToEndTest {
  private final FakeHrFeedClient hrFeed = new FakeHrFeedClient();
  private final HrFeedSync sync = new HrFeedSync(hrFeed, PlanOptions.defaults()
      .withGuard(new SafetyGuard(0.5, 500)));
  private Roster roster;

  @BeforeEach
  void aPlatformThatDriftedFromTheRoster() {
    hrFeed.add(user("1", "E01", "Anna", "Andersson", "anna@example.com", true));
    hrFeed.add(user("2", "E02", "Bjorn", "Berg", "bjorn@example.com", true));
    hrFeed.add(user("3", "E03", "Carl", "Clark", "carl@example.com", true));
    hrFeed.add(user("4", "E04", "Dana", "Dahl", "dana@example.com", false));
    hrFeed.add(user("5", null, "Eva", "Ek", "EVA@example.com", true));
    hrFeed.add(user("6", null, "Agency", "Admin", "admin@agency.example", true));
    List<SourceEmployee> rows = new ArrayList<>();
    rows.add(SourceEmployee.builder("E01", "Anna", "Andersson", "anna@example.com").build());
    rows.add(SourceEmployee.builder("E02", "Björn", "Berg", "bjorn@example.com")
        .mobile("+46701234567").unitExternalId("DEPT-OPS").build());
    rows.add(SourceEmployee.builder("E04", "Dana", "Dahl", "dana@example.com").build());
    rows.add(SourceEmployee.builder("E05", "Eva", "Ek", "eva@example.com")
        .customFields(Map.of("costCenter", "CC-1")).build());
    for (int i = 6; i <= 9; i++) {
      rows.add(SourceEmployee.builder("E0" + i, "New" + i, "Hire", "new" + i + "@example.com")
          .countryCode("SE").cultureCode("sv-SE").build());
    }
    roster = Roster.of(rows);
  }

  @Test
  void applyingThePlanConvergesSoTheNextPlanIsEmpty() {
    HrFeedPlan plan = sync.plan(roster);
    List<String> progress = new ArrayList<>();

    ApplyReport report = sync.apply(plan, Approvals.none(), ApplyOptions.defaults().withObserver(
        new io.github.hrsync.sync.observe.SyncObserver() {
          @Override
          public void operationDone(io.github.hrsync.sync.plan.Target target, int done,
              int total, io.github.hrsync.sync.audit.OperationRecord operation) {
            progress.add(done + "/" + total);
          }
        }));

    assertThat(plan.count(OperationKind.CREATE)).isEqualTo(4);
    assertThat(plan.count(OperationKind.UPDATE)).isEqualTo(2); // E02 fields, E05 adopted
    assertThat(plan.count(OperationKind.REACTIVATE)).isEqualTo(1);
    assertThat(plan.count(OperationKind.DEACTIVATE)).isEqualTo(1);
    assertThat(report.complete()).isTrue();
    assertThat(report.summary()).startsWith("Applied: 4 created, 2 updated, 1 reactivated, "
        + "1 deactivated, 0 deleted, 0 failed, 0 skipped.");
    assertThat(progress).containsExactly("1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8");
    assertThat(sync.plan(roster).isEmpty()).isTrue();
    User bjorn = hrFeed.byExternalId("E02").orElseThrow();
    assertThat(bjorn.firstName()).isEqualTo("Björn");
    assertThat(bjorn.unit()).isEqualTo(Unit.ofExternalId("DEPT-OPS"));
    assertThat(hrFeed.byExternalId("E05").orElseThrow().id()).isEqualTo("5");
    assertThat(hrFeed.byExternalId("E03").orElseThrow().active()).isFalse();
    assertThat(hrFeed.users()).filteredOn(u -> u.id().equals("6"))
        .singleElement().satisfies(admin -> assertThat(admin.active()).isTrue());
  }

  @Test
  void aRunInterruptedHalfwayLeavesExactlyTheRemainingWorkToTheNextPlan() {
    HrFeedPlan plan = sync.plan(roster);
    hrFeed.crashAfterWrites(3);

    assertThatThrownBy(() -> sync.apply(plan, Approvals.none(),
        ApplyOptions.defaults().withConcurrency(1)))
        .as("a failure no operation expects passes on as it was thrown")
        .isInstanceOf(FakeHrFeedClient.SimulatedCrash.class);
    hrFeed.healed();
    HrFeedPlan remaining = sync.plan(roster);

    assertThat(hrFeed.writes()).isEqualTo(3);
    assertThat(remaining.operations()).hasSize(plan.operations().size() - 3)
        .isSubsetOf(plan.operations());
    assertThat(sync.apply(remaining, Approvals.none()).complete()).isTrue();
    assertThat(sync.plan(roster).isEmpty()).isTrue();
  }

  @Test
  void aRejectedRecordFailsAloneAndStaysInTheNextPlan() {
    hrFeed.failWhen(call -> call.equals("create E07") ? new BadRequestException(
        new ErrorContext("POST", "/users", 400, null, null, "Unit does not exist")) : null);

    ApplyReport report = sync.apply(sync.plan(roster), Approvals.none());

    assertThat(report.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.operation().externalId()).isEqualTo("E07");
      assertThat(failure.statusCode()).isEqualTo(400);
      assertThat(failure.error()).contains("Unit does not exist");
    });
    assertThat(report.succeeded(OperationKind.CREATE)).isEqualTo(3);
    assertThat(report.summary()).contains("1 failed").contains("! create E07: POST /users failed");
    hrFeed.healed();
    assertThat(sync.plan(roster).operations()).extracting(PlannedOperation::externalId)
        .containsExactly("E07");
  }

  @Test
  void aPermissionFailureStopsTheRunAndSkipsTheRest() {
    hrFeed.failWhen(call -> new PermissionDeniedException(
        new ErrorContext("PATCH", "/users/1", 403, null, null, "API not enabled")));

    ApplyReport report = sync.apply(sync.plan(roster), Approvals.none(),
        ApplyOptions.defaults().withConcurrency(1));

    assertThat(report.stopReason()).contains("403").contains("API not enabled");
    assertThat(report.failures()).hasSize(1);
    assertThat(report.skipped()).isEqualTo(7);
    assertThat(hrFeed.writes()).isZero();
  }

  @Test
  void aPlanMadeBeforeSomebodyChangedAUserIsRefusedAsStale() {
    HrFeedPlan plan = sync.plan(roster);
    hrFeed.updateUser("2", io.github.hrsync.hrfeed.UserPatch.builder().firstName("Bjørn").build());
    int writesBefore = hrFeed.writes();

    StalePlanException stale = catchThrowableOfType(StalePlanException.class,
        () -> sync.apply(plan, Approvals.none()));

    assertThat(stale.reasons()).containsExactly("update E02: firstName changed since the plan");
    assertThat(stale.getMessage()).doesNotContain("Bjørn", "Bjorn");
    assertThat(hrFeed.writes()).isEqualTo(writesBefore);
  }

  @Test
  void theGuardStopsAMassDeactivationBeforeAnyWrite() {
    HrFeedSync strict = new HrFeedSync(hrFeed, PlanOptions.defaults());
    Roster truncated = Roster.of(List.of(roster.employees().get(0)));

    HrFeedPlan plan = strict.plan(truncated);

    assertThatThrownBy(() -> strict.apply(plan, Approvals.none()))
        .isInstanceOf(GuardRefusedException.class)
        .hasMessageStartingWith("refusing to deactivate or delete 2 of 3 current records");
    assertThat(hrFeed.writes()).isZero();
    assertThat(strict.apply(plan,
        Approvals.of(Target.HR_FEED, Approval.of(plan.fingerprint()))).succeeded(OperationKind.DEACTIVATE))
        .isEqualTo(2);
  }

  @Test
  void aPlanExportedToJsonAppliesLaterAndConverges() {
    String saved = sync.plan(roster).toJson();

    ApplyReport report = sync.apply(HrFeedPlan.fromJson(saved), Approvals.none());

    assertThat(report.complete()).isTrue();
    assertThat(hrFeed.byExternalId("E05").orElseThrow().customFields().value("costCenter"))
        .isEqualTo("CC-1");
    assertThat(sync.plan(roster).isEmpty()).isTrue();
  }
}
