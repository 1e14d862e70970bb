package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mapping that cannot work is refused when it is loaded or checked against the source's
 * header, before any row is read: every problem at once, each naming the mapping line and what to
 * write instead.
 */
class MappingErrorsTest {
  private static final List<String> HEADER = List.of("Personalnummer", "Vorname", "Nachname",
      "E-Mail", "Geburtsdatum", "Status");

  private static RosterMapping load(String yaml) {
    return RosterMapping.load("mapping.yaml", new StringReader(yaml));
  }

  private static MappingException refused(String yaml) {
    return catchThrowableOfType(MappingException.class, () -> load(yaml).check(HEADER));
  }

  @Test
  void anUnknownColumnNamesTheMappingLineTheHeadersColumnsAndTheClosestMatch() {
    MappingException error = refused("""
        fields:
          hrId: Personalnummer
          firstName: Vorname
          lastName: Nachname
          email: E-Mial
        """);

    assertThat(error.problems()).containsExactly("mapping line 5 (fields.email): no column "
        + "'E-Mial' in the source; it has: Personalnummer, Vorname, Nachname, E-Mail, "
        + "Geburtsdatum, Status; did you mean 'E-Mail'?");
  }

  @Test
  void aFieldMappedTwiceNamesTheLineOfTheSecond() {
    assertThatThrownBy(() -> load("""
        fields:
          hrId: Personalnummer
          firstName: Vorname
          lastName: Nachname
          email: E-Mail
          email: Email
        """)).isInstanceOf(MappingException.class)
        .hasMessageContaining("mapping line 6: 'email' is written twice in one place (a field "
            + "mapped twice?); keep one");
  }

  @Test
  void aRequiredFieldUnmappedIsNamed() {
    assertThatThrownBy(() -> load("""
        fields:
          hrId: Personalnummer
          firstName: Vorname
          lastName: Nachname
        """)).isInstanceOf(MappingException.class)
        .hasMessageContaining("mapping line 2 (fields): required field 'email' is not mapped");
  }

  @Test
  void aBadDatePatternIsNamedWithAnExampleOfAGoodOne() {
    assertThatThrownBy(() -> load("""
        fields:
          hrId: Personalnummer
          firstName: Vorname
          lastName: Nachname
          email: E-Mail
          dateOfBirth: { column: Geburtsdatum, date: dd.MM }
          startDate: { column: Geburtsdatum, date: "dd.MM.yyyy bb" }
        """)).isInstanceOf(MappingException.class)
        .hasMessageContaining("mapping line 6 (fields.dateOfBirth.date): date pattern 'dd.MM' "
            + "cannot read a whole date (day, month and year); write one such as dd.MM.yyyy")
        .hasMessageContaining("mapping line 7 (fields.startDate.date): 'dd.MM.yyyy bb' is not a "
            + "date pattern");
  }

  @Test
  void anUnknownFieldOrKeyIsNamedWithTheClosestKnownOne() {
    MappingException error = catchThrowableOfType(MappingException.class, () -> load("""
        fields:
          hrId: Personalnummer
          firstName: Vorname
          lastName: Nachname
          email: { colum: E-Mail }
          emial: E-Mail
        scopes:
          jobtiket: { include: [ { column: Status, equals: aktiv } ] }
        """));

    assertThat(error.problems()).contains(
        "mapping line 5 (fields.email.colum): unknown key 'colum'; did you mean 'column'?",
        "mapping line 6 (fields.emial): no roster field 'emial'; did you mean 'email'? (a "
            + "column that is not a roster field goes under customFields)",
        "mapping line 8 (scopes.jobtiket): no target 'jobtiket'; scopes are all, jobticket and "
            + "hrfeed");
  }

  @Test
  void everyProblemIsReportedAtOnceNotOnlyTheFirst() {
    MappingException error = refused("""
        fields:
          hrId: PersNr
          firstName: Vorname
          lastName: Name
          email: E-Mail
        customFields:
          costCentre: Kostenstelle
        scopes:
          hrfeed: { include: [ { column: Stat, equals: aktiv } ] }
        """);

    assertThat(error.problems()).hasSize(4).allSatisfy(problem ->
        assertThat(problem).startsWith("mapping line ").contains("no column"));
    assertThat(error.problems().get(3)).contains("(scopes.hrfeed[0])")
        .contains("did you mean 'Status'?");
  }

  @Test
  void aMappingBuiltInJavaNamesTheFieldInsteadOfALine() {
    RosterMapping mapping = RosterMapping.builder()
        .field(RosterField.HR_ID, FieldRule.column("PersNr", "Personalnummer"))
        .field(RosterField.FIRST_NAME, FieldRule.column("Vorname"))
        .field(RosterField.LAST_NAME, FieldRule.column("Nachname"))
        .field(RosterField.EMAIL, FieldRule.column("Mail")).build();

    assertThatThrownBy(() -> mapping.check(HEADER)).isInstanceOf(MappingException.class)
        .hasMessageContaining("fields.email: no column 'Mail' in the source")
        .hasMessageNotContaining("hrId");
    assertThatThrownBy(() -> RosterMapping.builder()
        .field(RosterField.EMAIL, FieldRule.column("Mail"))
        .field(RosterField.EMAIL, FieldRule.column("E-Mail")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field email is mapped twice");
    assertThatThrownBy(() -> RosterMapping.builder()
        .field(RosterField.EMAIL, FieldRule.column("Mail")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[hrId, firstName, lastName] not mapped");
  }
}
