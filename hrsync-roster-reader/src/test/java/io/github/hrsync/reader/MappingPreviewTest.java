package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.plan.Target;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Before the first sync, an operator sees what a mapping makes of an export: the first rows,
 * field by field, the targets each goes to, and every problem, without any request.
 */
class MappingPreviewTest {
  @Test
  void thePreviewShowsTheFirstRowsFieldByFieldWithTheirScopesAndEveryProblem() {
    RosterMapping mapping = RosterMapping.load("mapping.yaml", new StringReader("""
        fields:
          hrId: Nr
          firstName: Vorname
          lastName: Nachname
          email: { column: Mail, case: lower }
          dateOfBirth: { column: Geboren, date: dd.MM.yyyy }
        customFields:
          costCentre: KST
        scopes:
          jobticket: { include: [ { column: Land, equals: DE } ] }
          all: { exclude: [ { column: Status, equals: inaktiv } ] }
        """));
    MappingPreview preview;
    try (CsvSource rows = CsvSource.of("export.csv", new StringReader("""
        Nr;Vorname;Nachname;Mail;Geboren;KST;Land;Status
        1;Anna;Alt;Anna@Example.com;01.02.1980;CC-1;DE;aktiv
        2;Ben;Berg;ben@example.com;1980-02-03;CC-2;AT;aktiv
        3;Cleo;Cruz;cleo@example.com;03.04.1985;CC-3;DE;inaktiv
        4;Dan;Dorn;dan@example.com;03.04.1985;CC-4;DE;aktiv
        """))) {
      preview = mapping.preview(rows, 3);
    }

    assertThat(preview.rows()).hasSize(3);
    assertThat(preview.rows().get(0).fields()).containsEntry("email", "anna@example.com")
        .containsEntry("dateOfBirth", "1980-02-01").containsEntry("customFields.costCentre",
            "CC-1");
    assertThat(preview.rows().get(0).targets()).containsExactly(Target.JOBTICKET,
        Target.HR_FEED);
    assertThat(preview.rows().get(1).targets()).containsExactly(Target.HR_FEED);
    assertThat(preview.rows().get(1).problems()).containsExactly("data row 2 (file line 3), "
        + "column 'Geboren', date dd.MM.yyyy: '1980-02-03' is not a date in that pattern (field "
        + "dateOfBirth)");
    assertThat(preview.rows().get(2).targets()).isEmpty();
    assertThat(preview.render()).contains("data row 1 (export.csv line 2): JobTicket, HR Feed")
        .contains("  email              = anna@example.com")
        .contains("data row 3 (export.csv line 4): out of every target's scope")
        .contains("  ! data row 2 (file line 3)")
        .endsWith("3 rows shown, 1 with problems\n");
    assertThat(preview.toString()).doesNotContain("Anna", "anna");
  }
}
