package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exports as HR systems write them, each read through its own mapping file and synced to both
 * targets of the sandbox: no export uses hrsync's column names.
 */
class RealExportsTest {
  private final Sandbox sandbox = Sandbox.start(io.github.hrsync.testkit.SandboxFaults.none());

  @AfterEach
  void stop() {
    sandbox.close();
  }

  static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(RealExportsTest.class.getResource("/exports/"
          + name)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static MappedRoster read(String export, String mapping) {
    RosterMapping rules = RosterMapping.load(resource(mapping));
    try (CsvSource rows = CsvSource.open(resource(export), rules.encoding())) {
      return rules.read(rows);
    }
  }

  private SyncReport sync(MappedRoster roster) {
    RosterSync sync = SandboxSync.of(sandbox);
    return sync.apply(sync.plan(roster.scoped()), Approvals.none());
  }

  @Test
  void aGermanWindows1252ExportWithSemicolonsDottedDatesAndAStatusColumnSyncs() {
    MappedRoster roster = read("personal-de.csv", "personal-de.yaml");

    assertThat(roster.roster().size()).as("20 rows, 2 of them inaktiv").isEqualTo(18);
    SourceEmployee first = roster.roster().employees().get(0);
    assertThat(first.hrId()).isEqualTo("1000");
    assertThat(first.firstName()).as("decoded from Windows-1252").isEqualTo("Jürgen");
    assertThat(first.lastName()).isEqualTo("Müller");
    assertThat(first.dateOfBirth()).isEqualTo(LocalDate.of(1970, 1, 1));
    assertThat(first.gender()).as("value table").isEqualTo("male");
    assertThat(first.cultureCode()).as("constant").isEqualTo("de-DE");
    assertThat(roster.roster().employees().get(3).email()).as("lower-cased")
        .isEqualTo("sophie.schneider@beispiel.de");
    assertThat(roster.lineOf(5)).as("row 7 in the file, after the header and one inaktiv row")
        .isEqualTo(8);
    assertThat(roster.outOfScope(io.github.hrsync.sync.plan.Target.JOBTICKET)).isEqualTo(2);

    SyncReport report = sync(roster);

    assertThat(report.outcomes()).allMatch(TargetOutcome::succeeded);
    assertThat(sandbox.jobTicket().employees()).hasSize(18);
    assertThat(sandbox.hrFeed().users()).extracting(user -> user.get("lastName"))
        .contains("Weiß", "Schröder");
  }

  @Test
  void anEnglishExportWithLastCommaFirstInOneColumnAndMonthFirstDatesSyncs() {
    MappedRoster roster = read("people-us.csv", "people-us.yaml");

    assertThat(roster.roster().size()).isEqualTo(15);
    SourceEmployee first = roster.roster().employees().get(0);
    assertThat(List.of(first.firstName(), first.lastName())).containsExactly("James", "Smith");
    assertThat(first.startDate()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(roster.roster().employees().get(11).startDate())
        .isEqualTo(LocalDate.of(2011, 12, 12));
    assertThat(first.unitExternalId()).as("upper-cased").isEqualTo("ENGINEERING");

    SyncReport report = sync(roster);

    assertThat(report.outcomes()).allMatch(TargetOutcome::succeeded);
    assertThat(sandbox.hrFeed().users()).extracting(user -> user.get("firstName"))
        .contains("Mary", "Joseph");
  }

  @Test
  void anExportWithCostCentreAndEmployeeNumberSendsThemAsCustomFields() {
    MappedRoster roster = read("staff-cc.csv", "staff-cc.yaml");

    assertThat(roster.roster().employees().get(2).customFields())
        .containsExactly(Map.entry("costCentre", "CC-402"), Map.entry("employeeNumber",
            "90002"));

    SyncReport report = sync(roster);

    assertThat(report.outcomes()).allMatch(TargetOutcome::succeeded);
    assertThat(sandbox.hrFeed().users()).extracting(user -> String.valueOf(
            user.get("customFields")))
        .anySatisfy(fields -> assertThat(fields).contains("CC-402").contains("90002"));
  }
}
