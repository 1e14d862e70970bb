package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code withDeleteLeavers(true)} deletes every leaver the README names, "missing, or with a
 * terminationDate on or before today", and the guard reads its base as the records a delete acts
 * on, against the test kit's sandbox.
 */
class DeleteLeaversTest {
  private final Sandbox sandbox = Sandbox.start(SandboxFaults.none());
  private final HrFeedClient client = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
      .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
  private final PlanOptions deleting = PlanOptions.defaults().withDeleteLeavers(true)
      .withClock(TestClock.CLOCK);

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private void seed(int i, boolean active) {
    sandbox.hrFeed().seed(Map.of("externalId", "E" + i, "firstName", "First" + i,
        "lastName", "Last" + i, "email", "e" + i + "@example.com", "isActive", active));
  }

  private static SourceEmployee.Builder row(int i) {
    return SourceEmployee.builder("E" + i, "First" + i, "Last" + i, "e" + i + "@example.com");
  }

  @Test
  void aLeaverKeptInTheExportWithAPastTerminationDateIsDeletedOnceAndThenNothingIsPlanned() {
    IntStream.rangeClosed(1, 10).forEach(i -> seed(i, true));
    List<SourceEmployee> rows = new ArrayList<>();
    IntStream.rangeClosed(1, 9).forEach(i -> rows.add(row(i).build()));
    rows.add(row(10).startDate(LocalDate.of(2020, 1, 1))
        .terminationDate(LocalDate.of(2026, 6, 1)).build());
    HrFeedSync sync = new HrFeedSync(client, deleting);

    HrFeedPlan plan = sync.plan(Roster.of(rows));
    ApplyReport report = sync.apply(plan, Approvals.none());

    assertThat(plan.operations()).singleElement()
        .satisfies(op -> assertThat(op.kind()).isEqualTo(OperationKind.DELETE))
        .satisfies(op -> assertThat(op.externalId()).isEqualTo("E10"));
    assertThat(report.complete()).isTrue();
    assertThat(sandbox.hrFeed().users()).hasSize(9);
    assertThat(sync.plan(Roster.of(rows)).isEmpty()).as("the next run converges").isTrue();
  }

  @Test
  void switchingATenantToDeleteModeCountsTheInactiveUsersInTheGuardsBase() {
    IntStream.rangeClosed(1, 100).forEach(i -> seed(i, true));
    IntStream.rangeClosed(101, 400).forEach(i -> seed(i, false));
    Roster roster = Roster.of(IntStream.rangeClosed(1, 100).mapToObj(i -> row(i).build())
        .toList());
    HrFeedSync sync = new HrFeedSync(client, deleting);

    HrFeedPlan plan = sync.plan(roster);
    GuardRefusedException refused = catchThrowableOfType(
        GuardRefusedException.class, () -> sync.apply(plan, Approvals.none()));

    assertThat(plan.removals()).isEqualTo(300);
    assertThat(refused).hasMessageStartingWith(
        "refusing to deactivate or delete 300 of 400 current records (75 %)");
    assertThat(refused.getMessage()).as("the roster is whole: 100 rows for 100 active users")
        .doesNotContain("truncated export");
    assertThat(sandbox.hrFeed().users()).hasSize(400);
  }

  @Test
  void inDeleteModeATruncatedExportIsStillNamedAgainstTheActiveUsers() {
    IntStream.rangeClosed(1, 100).forEach(i -> seed(i, true));
    IntStream.rangeClosed(101, 400).forEach(i -> seed(i, false));
    Roster truncated = Roster.of(IntStream.rangeClosed(1, 30).mapToObj(i -> row(i).build())
        .toList());

    HrFeedPlan plan = new HrFeedSync(client, deleting).plan(truncated);

    assertThat(plan.verdict().refusal()).contains("likely cause: a truncated export (30 rows "
        + "for 100 active records)");
  }
}
