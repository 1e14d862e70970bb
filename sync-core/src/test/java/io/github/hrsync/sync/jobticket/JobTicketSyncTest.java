package io.github.hrsync.sync.jobticket;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrsync.jobticket.Employee;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobTicketSyncTest {
  private final FakeJobTicketClient jobTicket = new FakeJobTicketClient(7);
  static final java.time.Clock CLOCK = TestClock.CLOCK;
  private final JobTicketSync sync =
      new JobTicketSync(jobTicket, 7, SafetyGuard.defaults(), CLOCK);

  @BeforeEach
  void hundredEmployees() {
    for (int i = 1; i <= 100; i++) {
      jobTicket.add(hrId(i), "First" + i, "Last" + i, "e" + i + "@example.com");
    }
  }

  private static String hrId(int i) {
    return String.format("E%03d", i);
  }

  private static Roster roster(IntStream numbers) {
    return Roster.of(numbers.mapToObj(i -> SourceEmployee.builder(hrId(i), "First" + i,
        "Last" + i, "e" + i + "@example.com").build()).toList());
  }

  @Test
  void previewCountsAddedUpdatedAndOffboardedEmployees() {
    List<SourceEmployee> rows = new ArrayList<>(roster(IntStream.rangeClosed(1, 95)).employees());
    rows.set(0, rows.get(0).toBuilder().lastName("Married").build());
    rows.add(SourceEmployee.builder("N001", "New", "Hire", "new@example.com").build());

    JobTicketPlan preview = sync.plan(Roster.of(rows));

    assertThat(preview.currentCount()).isEqualTo(100);
    assertThat(preview.added()).containsExactly("N001");
    assertThat(preview.updated()).containsExactly(
        new JobTicketPlan.Update("E001", List.of("lastName")));
    assertThat(preview.offboarded()).extracting(JobTicketPlan.Offboarded::hrId)
        .containsExactly("E096", "E097", "E098", "E099", "E100");
    assertThat(preview.payload()).hasSize(96);
    assertThat(preview.summary()).contains("96 employees in the roster, 1 to add, 1 to update, "
        + "5 to offboard (of 100 now)");
  }

  @Test
  void anEmptyRosterIsRefusedAndNothingIsSent() {
    GuardRefusedException refused = catchThrowableOfType(
        GuardRefusedException.class, () -> sync.apply(sync.plan(Roster.of(List.of()))));

    assertThat(refused.getMessage()).startsWith("refusing an empty roster: the roster has no "
        + "rows (check that the export was read whole), and sending it would offboard all 100 "
        + "current employees").contains("no approval can let it through");
    assertThat(refused.approvable()).isFalse();
    assertThat(catchThrowableOfType(GuardRefusedException.class,
        () -> sync.apply(sync.plan(Roster.of(List.of())), approved(refused.fingerprint())))).isNotNull();
    assertThat(jobTicket.syncIds()).isEmpty();
    assertThat(jobTicket.activeEmployees()).hasSize(100);
  }

  @Test
  void offboardingThirtyPercentIsRefusedNamingTheNumbersAndTheFingerprintToApprove() {
    GuardRefusedException refused = catchThrowableOfType(
        GuardRefusedException.class,
        () -> sync.apply(sync.plan(roster(IntStream.rangeClosed(1, 70)))));

    assertThat(refused.getMessage()).startsWith("refusing to offboard 30 of 100 current records "
        + "(30 %): the limit is 20 (min(20 %, 500))")
        .endsWith("approve this exact plan with fingerprint " + refused.fingerprint());
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void approvingThatExactPreviewSendsItAndOnlyIt() {
    Roster truncated = roster(IntStream.rangeClosed(1, 70));
    String fingerprint = catchThrowableOfType(GuardRefusedException.class,
        () -> sync.apply(sync.plan(truncated))).fingerprint();

    GuardRefusedException otherPlan = catchThrowableOfType(
        GuardRefusedException.class,
        () -> sync.apply(sync.plan(roster(IntStream.rangeClosed(1, 60))), approved(fingerprint)));
    JobTicketResult result = sync.apply(sync.plan(truncated), approved(fingerprint));

    assertThat(otherPlan.fingerprint()).isNotEqualTo(fingerprint);
    assertThat(result.accepted().employeeCount()).isEqualTo(70);
    assertThat(jobTicket.activeEmployees()).hasSize(70);
  }

  @Test
  void ordinaryLeaversWithinTheLimitGoThroughAndProgressFollowsTheSyncId() {
    JobTicketResult result = sync.apply(sync.plan(roster(IntStream.rangeClosed(1, 85))));

    assertThat(result.plan().syncId()).startsWith("hrsync-").hasSize(39);
    assertThat(jobTicket.syncIds()).containsExactly(result.plan().syncId());
    assertThat(jobTicket.activeEmployees()).extracting(Employee::email).hasSize(85);
    assertThat(sync.progress(result)).isEqualTo(
        new SyncProgress(result.plan().syncId(), 85, 85));
  }

  @Test
  void theSameRosterAgainstTheSameStateGetsTheSameSyncIdSoARestartIsDeduplicated() {
    Roster roster = roster(IntStream.rangeClosed(1, 100));

    JobTicketPlan first = sync.plan(roster);
    List<SourceEmployee> reversed = new ArrayList<>(roster.employees());
    java.util.Collections.reverse(reversed);
    JobTicketPlan second = sync.plan(Roster.of(reversed));

    assertThat(second.syncId()).isEqualTo(first.syncId());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    sync.apply(first);
    assertThat(sync.plan(roster).syncId())
        .as("after the sync JobTicket's state changed, so a later run is a new sync")
        .isNotEqualTo(first.syncId());
  }

  @Test
  void employeesWithoutALinkAreMatchedByEmailInsteadOfCountedAsOffboarded() {
    FakeJobTicketClient unlinked = new FakeJobTicketClient(9);
    unlinked.add("X", "Anna", "Müller", "Anna.Mueller@example.com");
    JobTicketSync other = new JobTicketSync(unlinked, 7, SafetyGuard.defaults(), CLOCK,
        JobTicketOptions.defaults().withEmailMatchAcrossIntegrations(true));

    JobTicketPlan preview = other.plan(Roster.of(List.of(SourceEmployee.builder("E001",
        "Anna", "Müller", "anna.mueller@example.com").build())));

    assertThat(preview.offboarded()).isEmpty();
    assertThat(preview.added()).isEmpty();
  }

  @Test
  void byDefaultAMatchByEmailAcrossIntegrationsCountsAsAPossibleAddBesideALookalike() {
    FakeJobTicketClient unlinked = new FakeJobTicketClient(9);
    unlinked.add("X", "Anna", "Müller", "Anna.Mueller@example.com");
    JobTicketSync other = new JobTicketSync(unlinked, 7, SafetyGuard.defaults(), CLOCK);

    JobTicketPlan plan = other.plan(Roster.of(List.of(SourceEmployee.builder("E001",
        "Anna", "Müller", "anna.mueller@example.com").build())));

    assertThat(plan.offboarded()).isEmpty();
    assertThat(plan.added()).containsExactly("E001");
    assertThat(plan.warnings()).first().asString().startsWith("1 roster row(s) match by e-mail "
        + "an employee with no link to integration 7");
  }

  @Test
  void byDefaultAnHrIdThatDiffersOnlyInCaseCountsAsAnOffboardingAndAnAdd() {
    JobTicketPlan plan = sync.plan(Roster.of(IntStream.rangeClosed(1, 100).mapToObj(i ->
        SourceEmployee.builder(i == 1 ? "e001" : String.format("E%03d", i), "First" + i,
            "Last" + i, "e" + i + "@example.com").build()).toList()));
    JobTicketPlan mild = new JobTicketSync(jobTicket, 7, SafetyGuard.defaults(), CLOCK,
        JobTicketOptions.defaults().withHrIdCaseInsensitive(true)).plan(Roster.of(
        IntStream.rangeClosed(1, 100).mapToObj(i -> SourceEmployee.builder(
            i == 1 ? "e001" : String.format("E%03d", i), "First" + i, "Last" + i,
            "e" + i + "@example.com").build()).toList()));

    assertThat(plan.offboarded()).extracting(JobTicketPlan.Offboarded::hrId)
        .containsExactly("E001");
    assertThat(plan.added()).containsExactly("e001");
    assertThat(plan.warnings()).first().asString().startsWith("1 employee(s) linked with an "
        + "hrId that differs from the roster's only in letter case");
    assertThat(mild.offboarded()).isEmpty();
    assertThat(mild.added()).isEmpty();
  }

  private static Approvals approved(String fingerprint) {
    return Approvals.of(Target.JOBTICKET, Approval.of(fingerprint));
  }
}
