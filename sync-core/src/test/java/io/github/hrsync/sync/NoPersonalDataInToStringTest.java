package io.github.hrsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.OperationKind;
import io.github.hrsync.sync.hrfeed.PlannedOperation;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applications log the SDK's objects without thinking: the {@code toString} of every type that
 * holds a person's data (a roster and its rows, both targets' plans and their operations, the
 * payload, a report and its results, the records of a run with values recorded, the clients'
 * employees and users) shows counts, ids and fingerprints, never a name, an e-mail, a date of
 * birth, a mobile or a custom field's value. {@code render()} and the accessors stay the way to
 * see them.
 */
class NoPersonalDataInToStringTest {
  private static final int PEOPLE = 100;

  @TempDir
  Path dir;

  private static SourceEmployee person(int i, String firstName, String lastName) {
    return SourceEmployee.builder("E" + i, firstName, lastName, "person" + i + "@example.com")
        .dateOfBirth(LocalDate.of(1971, 2, 3).plusDays(i)).mobile("+46 70 " + (5550000 + i))
        .customFields(Map.of("costCentre", "CC-SECRET-" + i)).build();
  }

  @Test
  void theToStringOfEveryObjectHoldingAPersonsDataShowsCountsAndIdsOnly() {
    List<SourceEmployee> people = IntStream.rangeClosed(1, PEOPLE)
        .mapToObj(i -> person(i, "Firstname" + i, "Lastname" + i)).toList();
    List<Object> shown = new ArrayList<>();
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().runLog(FileRunLog.open(dir)).recordValues(true)
          .jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();
      shown.addAll(run(sync, Roster.of(people)));
      world.clock.advance(Duration.ofDays(1));
      List<SourceEmployee> renamed = new ArrayList<>(people);
      for (int i = 0; i < 3; i++) {
        renamed.set(i, person(i + 1, "Renamed" + i, "Surname" + i)); // updates that set names
      }
      shown.addAll(run(sync, Roster.of(renamed.subList(0, 97)))); // and 3 leavers
      shown.addAll(world.jobTicket.listEmployees().stream().toList());
      world.hrFeed.listUsers().forEach(user -> {
        shown.add(user);
        shown.add(user.customFields());
      });
      List<RunRecord> runs = new RunHistory(FileRunLog.open(dir)).recent(10);
      assertThat(runs).hasSize(2);
      shown.addAll(runs);
    }

    List<String> personal = new ArrayList<>();
    for (int i = 1; i <= PEOPLE; i++) {
      personal.addAll(List.of("Firstname" + i, "Lastname" + i, "person" + i + "@example.com",
          LocalDate.of(1971, 2, 3).plusDays(i).toString(), String.valueOf(5550000 + i),
          "CC-SECRET-" + i));
    }
    personal.addAll(List.of("Renamed", "Surname", "1971-", "+46"));
    assertThat(shown).hasSizeGreaterThan(PEOPLE * 3);
    for (Object value : shown) {
      assertThat(String.valueOf(value)).as(value.getClass().getName())
          .doesNotContain(personal);
    }
  }

  /** Plans and applies a roster; returns every object of the run a caller could log. */
  private static List<Object> run(RosterSync sync, Roster roster) {
    List<Object> shown = new ArrayList<>(List.of(roster));
    shown.addAll(roster.employees());
    SyncPlan plan = sync.plan(roster);
    shown.add(plan);
    shown.addAll(plan.parts());
    JobTicketPlan replace = (JobTicketPlan) plan.plan(Target.JOBTICKET).orElseThrow();
    shown.addAll(replace.payload());
    shown.addAll(replace.offboarded());
    HrFeedPlan changes = (HrFeedPlan) plan.plan(Target.HR_FEED).orElseThrow();
    for (PlannedOperation op : changes.operations()) {
      shown.add(op);
      shown.addAll(op.changes());
      shown.add(op.kind() == OperationKind.CREATE ? op.toNewUser()
          : op.kind() == OperationKind.DELETE ? op : op.toPatch());
    }
    SyncReport report = sync.apply(plan, Approvals.none());
    assertThat(report.outcomes()).allMatch(outcome -> outcome.succeeded(),
        "both targets applied");
    shown.add(report);
    shown.add(Objects.requireNonNull(report.jobTicket()));
    shown.add(Objects.requireNonNull(report.hrFeed()));
    shown.addAll(Objects.requireNonNull(report.hrFeed()).results());
    return shown;
  }
}
