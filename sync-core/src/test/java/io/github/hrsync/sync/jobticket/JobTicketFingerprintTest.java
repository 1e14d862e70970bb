package io.github.hrsync.sync.jobticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.jobticket.SyncEmployee;
import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a plan's fingerprint (and so its approval and its syncId) names, and what it does not. */
class JobTicketFingerprintTest {
  private final FakeJobTicketClient jobTicket = new FakeJobTicketClient(7);
  private final JobTicketSync sync =
      new JobTicketSync(jobTicket, 7, SafetyGuard.defaults(), TestClock.CLOCK);

  private void employees(int count) {
    for (int i = 1; i <= count; i++) {
      jobTicket.add(String.format("E%03d", i), "First" + i, "Last" + i, "e" + i + "@example.com");
    }
  }

  private static List<SourceEmployee> rows(int count) {
    List<SourceEmployee> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(SourceEmployee.builder(String.format("E%03d", i), "First" + i, "Last" + i,
          "e" + i + "@example.com").build());
    }
    return rows;
  }

  /** The ten employees, the first renamed "Married". */
  private static Roster marriedRoster() {
    List<SourceEmployee> rows = rows(10);
    rows.set(0, rows.get(0).toBuilder().lastName("Married").build());
    return Roster.of(rows);
  }

  @Test
  void aNameTheReplaceOverwritesEitherWayKeepsThePlanAndItIsSent() {
    employees(10);
    JobTicketPlan plan = sync.plan(marriedRoster());

    jobTicket.rename("E001", "Smith"); // still not the roster's name: the replace sets it anyway

    assertThat(sync.plan(marriedRoster()).fingerprint()).isEqualTo(plan.fingerprint());
    sync.apply(plan);
    assertThat(jobTicket.syncIds()).containsExactly(plan.syncId());
  }

  @Test
  void aChangeInWhatTheReplaceWouldDoMakesThePlanStale() {
    employees(10);
    JobTicketPlan plan = sync.plan(marriedRoster());

    jobTicket.rename("E001", "Married"); // now nothing to update

    assertThat(sync.plan(marriedRoster()).updated()).isEmpty();
    assertThatThrownBy(() -> sync.apply(plan)).isInstanceOf(StalePlanException.class)
        .hasMessageContaining("JobTicket no longer matches the plan " + plan.fingerprint());
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void employeesTradingTheirHrIdsIsAnotherPlanThoughEveryCountStaysTheSame() {
    // both employees differ from their rows in e-mail only, before and after the trade
    jobTicket.add("E001", "Ann", "Lee", "old1@example.com");
    jobTicket.add("E002", "Ann", "Lee", "old2@example.com");
    List<SourceEmployee> rows = List.of(
        SourceEmployee.builder("E001", "Ann", "Lee", "ann1@example.com").build(),
        SourceEmployee.builder("E002", "Ann", "Lee", "ann2@example.com").build());
    JobTicketPlan plan = sync.plan(Roster.of(rows));

    jobTicket.swapLinks("E001", "E002");
    JobTicketPlan traded = sync.plan(Roster.of(rows));

    assertThat(jobTicket.employees()).extracting(e -> e.id() + " " + e.hrIntegrationLinks()
        .get(0).hrId()).containsExactly("1 E002", "2 E001");
    assertThat(traded.updated()).isEqualTo(plan.updated());
    assertThat(traded.fingerprint()).isNotEqualTo(plan.fingerprint());
    assertThat(traded.syncId()).isNotEqualTo(plan.syncId());
    assertThatThrownBy(() -> sync.apply(plan)).isInstanceOf(StalePlanException.class);
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void aHandBuiltPayloadThatIsNoValidRosterIsStaleAndNothingIsSent() {
    employees(3);
    JobTicketPlan real = sync.plan(Roster.of(rows(3)));
    List<SyncEmployee> twice = new ArrayList<>(real.payload());
    twice.add(real.payload().get(0));
    JobTicketPlan forged = new JobTicketPlan(7, real.syncId(), real.fingerprint(), 3, List.of(),
        List.of(), List.of(), twice, Verdict.ALLOWED, List.of(), List.of());

    assertThatThrownBy(() -> sync.apply(forged)).isInstanceOf(StalePlanException.class)
        .hasMessageContaining("not a roster this sync could have planned")
        .hasMessageContaining("hrId");
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void aPlansPayloadIsTheRosterSortedByHrIdAndEqualToTheSameEmployeesInAList() {
    employees(3);
    List<SourceEmployee> rows = new ArrayList<>(rows(3));
    java.util.Collections.reverse(rows);
    JobTicketPlan plan = sync.plan(Roster.of(rows));

    assertThat(plan.payload()).extracting(SyncEmployee::hrId)
        .containsExactly("E001", "E002", "E003");
    assertThat(plan.payload()).isEqualTo(List.copyOf(plan.payload()));
    assertThat(plan.payload().get(0)).isEqualTo(SyncEmployee.builder("E001").firstName("First1")
        .lastName("Last1").email("e1@example.com").build());
  }

  @Test
  void everyEmployeesLastSyncIdCountsEvenWhenEachHasItsOwn() {
    employees(300);
    for (int i = 1; i <= 300; i++) {
      jobTicket.stamp(String.format("E%03d", i), "sync-" + i);
    }
    Roster roster = Roster.of(rows(300));
    JobTicketPlan plan = sync.plan(roster);

    jobTicket.stamp("E299", "sync-other"); // past the first 256 distinct values

    assertThat(sync.plan(roster).fingerprint()).isNotEqualTo(plan.fingerprint());
    jobTicket.stamp("E299", "sync-299");
    assertThat(sync.plan(roster).fingerprint()).isEqualTo(plan.fingerprint());
  }
}
