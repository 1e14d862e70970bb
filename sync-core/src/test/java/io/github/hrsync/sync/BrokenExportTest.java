package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.RosterValidationException;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.VirtualClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exports that would damage everybody's records are refused for the target at risk, with the
 * numbers and a likely cause, and write nothing there; the exact plan, approved, goes through.
 * Against the test kit's sandbox, through the one sync.
 */
class BrokenExportTest {
  private static final int COMPANY = 500;
  private final SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-15T08:00:00Z"));
  private final VirtualClock clock = world.clock;
  private final Sandbox sandbox = world.sandbox;
  private final JobTicketClient jobTicket = world.jobTicket;
  private final HrFeedClient hrFeed = world.hrFeed;

  @AfterEach
  void stop() {
    world.close();
  }

  private RosterSync both() {
    return RosterSync.builder().clock(clock).jobTicket(jobTicket, 7).hrFeed(hrFeed).build();
  }

  private static Roster roster(IntFunction<SourceEmployee> row) {
    return Roster.of(IntStream.rangeClosed(1, COMPANY).mapToObj(row).toList());
  }

  private static SourceEmployee person(int i) {
    return SourceEmployee.builder("E" + i, "Anna" + i, "Berg" + i, "anna" + i + "@example.com")
        .build();
  }

  /** Both targets in step with the 500-person company. */
  private RosterSync inStep() {
    RosterSync sync = both();
    SyncReport first = sync.apply(sync.plan(roster(BrokenExportTest::person)), Approvals.none());
    assertThat(first.outcomes()).extracting(TargetOutcome::status)
        .containsExactly(Status.DONE, Status.DONE);
    return sync;
  }

  /** What the targets hold, to show a refused run wrote nothing. */
  private Object state() {
    return List.of(sandbox.jobTicket().employees(), sandbox.hrFeed().users());
  }

  private static String refusal(SyncReport report, Target target) {
    TargetOutcome outcome = report.outcome(target).orElseThrow();
    assertThat(outcome.status()).as(outcome.message()).isEqualTo(Status.REFUSED);
    return outcome.message();
  }

  /** Approves both exact plans and applies them. */
  private static SyncReport approved(RosterSync sync, SyncPlan plan) {
    Approvals approvals = Approvals.none();
    for (SyncPlan.Part part : plan.parts()) {
      approvals = approvals.with(part.target(), Approval.of(Objects.requireNonNull(part.plan())
          .fingerprint()).by("hr-admin").because("reviewed"));
    }
    return sync.apply(plan, approvals);
  }

  @Test
  void aFileWithFirstAndLastNamesSwappedIsRefusedOnBothTargetsNamingTheCause() {
    RosterSync sync = inStep();
    Object before = state();
    SyncPlan swapped = sync.plan(roster(i -> SourceEmployee.builder("E" + i, "Berg" + i,
        "Anna" + i, "anna" + i + "@example.com").build()));

    SyncReport report = sync.apply(swapped, Approvals.none());

    for (Target target : Target.values()) {
      assertThat(refusal(report, target)).startsWith("refusing to rewrite the name, e-mail or "
          + "birth date of 500 of 500 current records (100 %): the limit is 125 "
          + "(min(25 %, 5000)); likely cause: first and last names swapped (500 of the 500 "
          + "rewrites)");
    }
    assertThat(state()).isEqualTo(before);
    assertThat(approved(sync, swapped).succeeded()).isTrue();
  }

  @Test
  void aFileWhoseEMailsAllMovedToAnotherDomainIsRefusedOnBothTargetsNamingTheDomains() {
    RosterSync sync = inStep();
    Object before = state();
    SyncPlan moved = sync.plan(roster(i -> SourceEmployee.builder("E" + i, "Anna" + i,
        "Berg" + i, "anna" + i + "@example.org").build()));

    SyncReport report = sync.apply(moved, Approvals.none());

    for (Target target : Target.values()) {
      assertThat(refusal(report, target)).contains("of 500 of 500 current records")
          .contains("likely cause: one e-mail domain replaced by another (example.com to "
              + "example.org in 500 of the 500 rewrites)");
    }
    assertThat(state()).isEqualTo(before);
    assertThat(approved(sync, moved).succeeded()).isTrue();
  }

  @Test
  void aSeventyPercentTruncatedFileIsRefusedOnBothTargetsAsATruncatedExport() {
    RosterSync sync = inStep();
    Object before = state();
    SyncPlan truncated = sync.plan(Roster.of(IntStream.rangeClosed(1, 150)
        .mapToObj(BrokenExportTest::person).toList()));

    SyncReport report = sync.apply(truncated, Approvals.none());

    assertThat(refusal(report, Target.JOBTICKET)).startsWith("refusing to offboard 350 of 500 "
        + "current records (70 %): the limit is 100 (min(20 %, 500)); likely cause: a "
        + "truncated export (150 rows for 500 current records)");
    assertThat(refusal(report, Target.HR_FEED)).startsWith("refusing to deactivate or delete "
        + "350 of 500 current records (70 %)");
    assertThat(state()).isEqualTo(before);
    assertThat(approved(sync, truncated).succeeded()).isTrue();
    assertThat(sandbox.jobTicket().activeEmployees()).hasSize(150);
  }

  @Test
  void aWaveOfReactivationsIsRefusedOnTheHrFeed() {
    IntStream.rangeClosed(1, COMPANY).forEach(i -> sandbox.hrFeed().seed(Map.of(
        "externalId", "E" + i, "firstName", "Anna" + i, "lastName", "Berg" + i,
        "email", "anna" + i + "@example.com", "isActive", i <= 100)));
    RosterSync sync = RosterSync.builder().clock(clock).hrFeed(hrFeed).build();
    Object users = sandbox.hrFeed().users();

    SyncPlan plan = sync.plan(roster(BrokenExportTest::person));
    SyncReport report = sync.apply(plan, Approvals.none());

    assertThat(refusal(report, Target.HR_FEED)).startsWith("refusing to reactivate 400 "
        + "records, more than the 100 current records: the limit is 10 (min(10 %, 250))");
    assertThat(plan.plan(Target.HR_FEED).orElseThrow().verdict().breaches())
        .extracting(breach -> breach.dimension()).containsExactly(Dimension.REACTIVATIONS);
    assertThat(sandbox.hrFeed().users()).isEqualTo(users);
    assertThat(approved(sync, plan).succeeded()).isTrue();
  }

  @Test
  void aFirstSyncThatWouldCreateUsersBesideUnmanagedLookalikesIsRefused() {
    IntStream.rangeClosed(1, 200).forEach(i -> sandbox.hrFeed().seed(Map.of(
        "firstName", "Anna" + i, "lastName", "Berg" + i,
        "email", "anna" + i + "@private.example", "isActive", true)));
    RosterSync sync = RosterSync.builder().clock(clock).hrFeed(hrFeed).build();
    Object users = sandbox.hrFeed().users();

    SyncPlan plan = sync.plan(Roster.of(IntStream.rangeClosed(1, 200)
        .mapToObj(BrokenExportTest::person).toList()));
    SyncReport report = sync.apply(plan, Approvals.none());

    assertThat(refusal(report, Target.HR_FEED)).startsWith("refusing to create beside a "
        + "look-alike 200 records, with no current records yet: the limit is 0");
    assertThat(sandbox.hrFeed().users()).isEqualTo(users);
    assertThat(approved(sync, plan).succeeded()).isTrue();
    assertThat(sandbox.hrFeed().users()).hasSize(400);
  }

  @Test
  void aFileWithItsColumnsShiftedByOneIsRefusedBeforeAnyRequest() {
    RosterSync sync = inStep();
    int requests = sandbox.requestCount();

    assertThatThrownBy(() -> sync.plan(roster(i -> SourceEmployee.builder("E" + i, "Berg" + i,
        "anna" + i + "@example.com", "+46 70 000 00 " + (10 + i % 90)).build())))
        .isInstanceOf(RosterValidationException.class)
        .hasMessageContaining("email");
    assertThat(sandbox.requestCount()).isEqualTo(requests);
  }

  @Test
  void aCompanyOfFourLetsOneOrdinaryLeaverGoButAnEmptyRosterStaysRefused() {
    RosterSync sync = both();
    Roster four = Roster.of(IntStream.rangeClosed(1, 4).mapToObj(BrokenExportTest::person)
        .toList());
    sync.apply(sync.plan(four), Approvals.none());

    SyncReport oneLeaves = sync.apply(sync.plan(Roster.of(four.employees().subList(0, 3))),
        Approvals.none());
    SyncReport empty = sync.apply(sync.plan(Roster.of(List.of())), Approvals.none());

    assertThat(oneLeaves.outcomes()).extracting(TargetOutcome::status)
        .containsExactly(Status.DONE, Status.DONE);
    assertThat(empty.outcomes()).extracting(TargetOutcome::status)
        .containsExactly(Status.REFUSED, Status.REFUSED);
  }
}
