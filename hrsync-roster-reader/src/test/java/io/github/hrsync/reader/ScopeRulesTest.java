package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.sync.plan.Target;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The scope tests a mapping file writes, on the cells of real exports. */
class ScopeRulesTest {
  private static final String FIELDS = """
      fields: { hrId: Nr, firstName: Vorname, lastName: Nachname, email: Mail }
      """;

  private static MappedRoster read(String scopes, String rows) {
    RosterMapping mapping = RosterMapping.load("mapping.yaml", new StringReader(FIELDS + scopes));
    try (CsvSource source = CsvSource.of("export.csv", new StringReader(
        "Nr;Vorname;Nachname;Mail;Eintritt;Team\n" + rows))) {
      return mapping.read(source);
    }
  }

  @Test
  void dateRulesReadTheColumnsPatternAndABlankCellIsNeitherBeforeNorAfter() {
    MappedRoster roster = read("""
        scopes:
          jobticket:
            include: [ { column: Eintritt, before: 2027-01-01, date: dd.MM.yyyy } ]
          hrfeed:
            exclude: [ { column: Eintritt, after: 2026-12-31, date: dd.MM.yyyy } ]
        """, """
        1;Anna;Alt;a@example.com;15.03.2020;Ops
        2;Ben;Berg;b@example.com;01.02.2027;Ops
        3;Cleo;Cruz;c@example.com;;Ops
        """);

    assertThat(roster.scoped().forTarget(Target.JOBTICKET).employees())
        .extracting(employee -> employee.hrId()).containsExactly("1");
    assertThat(roster.scoped().forTarget(Target.HR_FEED).employees())
        .extracting(employee -> employee.hrId()).containsExactly("1", "3");
  }

  @Test
  void aCellADateRuleCannotReadNamesItsRowAndNothingIsRead() {
    assertThatThrownBy(() -> read("""
        scopes:
          all: { include: [ { column: Eintritt, after: 2000-01-01, date: dd.MM.yyyy } ] }
        """, "1;Anna;Alt;a@example.com;2020-03-15;Ops\n"))
        .isInstanceOf(RosterReadException.class)
        .hasMessageContaining("data row 1 (file line 2), scope: a date rule met a cell that is "
            + "not a date");
  }

  @Test
  void oneOfAndMatchesCompareTheTrimmedCell() {
    MappedRoster roster = read("""
        scopes:
          jobticket: { include: [ { column: Team, oneOf: [Ops, Sales] } ] }
          hrfeed: { exclude: [ { column: Team, matches: "Ext.*" } ] }
        """, """
        1;Anna;Alt;a@example.com;; Ops\s
        2;Ben;Berg;b@example.com;;External
        3;Cleo;Cruz;c@example.com;;Sales
        """);

    assertThat(roster.outOfScope(Target.JOBTICKET)).isEqualTo(1);
    assertThat(roster.outOfScope(Target.HR_FEED)).isEqualTo(1);
    assertThat(roster.scoped().forTarget(Target.HR_FEED).employees())
        .extracting(employee -> employee.hrId()).containsExactly("1", "3");
  }
}
