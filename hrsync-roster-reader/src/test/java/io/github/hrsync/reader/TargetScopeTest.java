package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scope per target: only one country's employees get JobTicket while everyone gets the HR
 * Feed. A row out of a scope is never sent there; leaving a scope is a removal, so a scope change
 * that moves most of a target's people out is refused like any mass removal.
 */
class TargetScopeTest {
  /** 100 people: 1 to 70 in DE (1 to 28 in Berlin), 71 to 100 in AT. */
  private static final String EXPORT = "Nr,Vorname,Nachname,Mail,Land,Standort\n"
      + IntStream.rangeClosed(1, 100).mapToObj(i -> i + ",First" + i + ",Last" + i + ",p" + i
          + "@example.com," + (i <= 70 ? "DE" : "AT") + "," + (i <= 28 ? "Berlin" : "München"))
      .collect(Collectors.joining("\n")) + "\n";
  private static final String FIELDS = """
      fields: { hrId: Nr, firstName: Vorname, lastName: Nachname, email: Mail }
      """;

  private final Sandbox sandbox = Sandbox.start(SandboxFaults.none());
  private final RosterSync sync = SandboxSync.of(sandbox);

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static MappedRoster read(String scopes) {
    RosterMapping mapping = RosterMapping.load("mapping.yaml", new StringReader(FIELDS + scopes));
    try (CsvSource rows = CsvSource.of("export.csv", new StringReader(EXPORT))) {
      return mapping.read(rows);
    }
  }

  @Test
  void rowsOutOfJobTicketsScopeAreNeverSentThereAndAScopeChangeMovingMostOutIsRefused() {
    MappedRoster germany = read("""
        scopes:
          jobticket: { include: [ { column: Land, equals: DE } ] }
        """);
    SyncPlan plan = sync.plan(germany.scoped());

    assertThat(plan.parts()).extracting(SyncPlan.Part::outOfScope).containsExactly(30, 0);
    assertThat(plan.render()).contains("30 source rows are out of this target's scope: not "
        + "sent here.");
    assertThat(sync.apply(plan, Approvals.none()).outcomes())
        .allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(Status.DONE));
    assertThat(sandbox.jobTicket().employees()).hasSize(70)
        .extracting(employee -> employee.get("email"))
        .contains("p70@example.com").doesNotContainAnyElementsOf(IntStream.rangeClosed(71, 100)
            .mapToObj(i -> "p" + i + "@example.com").toList());
    assertThat(sandbox.hrFeed().users()).hasSize(100);
    int syncsBefore = sandbox.jobTicket().syncIds().size();

    MappedRoster berlin = read("""
        scopes:
          jobticket:
            include:
              - { column: Land, equals: DE }
              - { column: Standort, oneOf: [Berlin] }
        """);
    SyncReport refused = sync.apply(sync.plan(berlin.scoped()), Approvals.none());

    assertThat(berlin.outOfScope(Target.JOBTICKET)).isEqualTo(72);
    assertThat(refused.outcome(Target.JOBTICKET).orElseThrow().status())
        .as("42 of 70 would leave JobTicket: 60 %").isEqualTo(Status.REFUSED);
    assertThat(refused.outcome(Target.JOBTICKET).orElseThrow().message())
        .contains("42 of 70");
    assertThat(refused.outcome(Target.HR_FEED).orElseThrow().status())
        .isEqualTo(Status.NO_CHANGES);
    assertThat(sandbox.jobTicket().syncIds()).hasSize(syncsBefore);
    assertThat(sandbox.jobTicket().activeEmployees()).hasSize(70);
  }

  @Test
  void aRowOutOfEveryScopeIsInNoRosterAndItsBrokenCellsDoNotMatter() {
    String export = "Nr,Vorname,Nachname,Mail,Status\n1,Anna,Alt,anna@example.com,aktiv\n"
        + "2,,,,ausgetreten\n";
    RosterMapping mapping = RosterMapping.load("mapping.yaml", new StringReader(FIELDS + """
        scopes:
          all: { exclude: [ { column: Status, matches: "ausgetreten|inaktiv" } ] }
        """));
    MappedRoster roster;
    try (CsvSource rows = CsvSource.of("export.csv", new StringReader(export))) {
      roster = mapping.read(rows);
    }

    assertThat(roster.roster().size()).isEqualTo(1);
    assertThat(Map.of(Target.JOBTICKET, roster.outOfScope(Target.JOBTICKET), Target.HR_FEED,
        roster.outOfScope(Target.HR_FEED))).containsValues(1, 1);
  }
}
