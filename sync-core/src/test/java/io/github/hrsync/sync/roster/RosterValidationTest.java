package io.github.hrsync.sync.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RosterValidationTest {

  private static final String SHAPE = "(one @, a dotted domain, no white space)";

  static SourceEmployee.Builder valid() {
    return SourceEmployee.builder("E-001", "Anna", "Müller", "anna.mueller@example.com")
        .countryCode("DE").cultureCode("de-DE").mobile("+49 170 1234567")
        .dateOfBirth(LocalDate.of(1990, 4, 15)).startDate(LocalDate.of(2022, 3, 1));
  }

  private static Arguments bad(String message, UnaryOperator<SourceEmployee.Builder> change) {
    return Arguments.of(message, change);
  }

  static Stream<Arguments> badRows() {
    Map<String, String> blankName = new LinkedHashMap<>();
    blankName.put(" ", "x");
    Map<String, String> nullValue = new LinkedHashMap<>();
    nullValue.put("costCenter", null);
    return Stream.of(
        bad("row 1: hrId: is required", b -> b.hrId("")),
        bad("row 1: hrId: is required", b -> b.hrId("   ")),
        bad("row 1: hrId: is required", b -> b.hrId(null)),
        bad("row 1 (hrId  E-001): hrId: ' E-001' must not start or end with white space",
            b -> b.hrId(" E-001")),
        bad("row 1 (hrId E-001\t): hrId: 'E-001\t' must not start or end with white space",
            b -> b.hrId("E-001\t")),
        bad("row 1 (hrId " + "x".repeat(256) + "): hrId: is longer than 255 characters",
            b -> b.hrId("x".repeat(256))),
        bad("row 1 (hrId E\u0000X): hrId: must not contain a control character (U+0000)",
            b -> b.hrId("E\u0000X")),
        bad("row 1 (hrId E-001): firstName: is required", b -> b.firstName("")),
        bad("row 1 (hrId E-001): firstName: is required", b -> b.firstName(null)),
        bad("row 1 (hrId E-001): firstName: must not contain a control character (U+000A)",
            b -> b.firstName("An\nna")),
        bad("row 1 (hrId E-001): lastName: is required", b -> b.lastName(" ")),
        bad("row 1 (hrId E-001): lastName: must not contain a control character (U+0007)",
            b -> b.lastName("M\u0007")),
        bad("row 1 (hrId E-001): email: is required", b -> b.email("")),
        bad("row 1 (hrId E-001): email: 'anna' is not a valid e-mail address " + SHAPE, b -> b.email("anna")),
        bad("row 1 (hrId E-001): email: 'anna@' is not a valid e-mail address " + SHAPE,
            b -> b.email("anna@")),
        bad("row 1 (hrId E-001): email: '@example.com' is not a valid e-mail address " + SHAPE,
            b -> b.email("@example.com")),
        bad("row 1 (hrId E-001): email: 'anna@example' is not a valid e-mail address " + SHAPE,
            b -> b.email("anna@example")),
        bad("row 1 (hrId E-001): email: 'anna mueller@example.com' is not a valid e-mail address " + SHAPE,
            b -> b.email("anna mueller@example.com")),
        bad("row 1 (hrId E-001): email: 'anna..m@example.com' is not a valid e-mail address " + SHAPE,
            b -> b.email("anna..m@example.com")),
        bad("row 1 (hrId E-001): email: 'anna@@example.com' is not a valid e-mail address " + SHAPE,
            b -> b.email("anna@@example.com")),
        bad("row 1 (hrId E-001): email: 'anna@-example.com' is not a valid e-mail address " + SHAPE,
            b -> b.email("anna@-example.com")),
        bad("row 1 (hrId E-001): email: 'anna@example.c' is not a valid e-mail address " + SHAPE,
            b -> b.email("anna@example.c")),
        bad("row 1 (hrId E-001): countryCode: 'de' is not an ISO 3166-1 alpha-2 code (two "
            + "upper-case letters, e.g. SE)", b -> b.countryCode("de")),
        bad("row 1 (hrId E-001): countryCode: 'DEU' is not an ISO 3166-1 alpha-2 code (two "
            + "upper-case letters, e.g. SE)", b -> b.countryCode("DEU")),
        bad("row 1 (hrId E-001): countryCode: 'XX' is not an ISO 3166-1 alpha-2 country",
            b -> b.countryCode("XX")),
        bad("row 1 (hrId E-001): countryCode: 'UK' is not an ISO 3166-1 alpha-2 country",
            b -> b.countryCode("UK")),
        bad("row 1 (hrId E-001): cultureCode: 'sv_SE' is not a BCP 47 language tag (e.g. sv-SE)",
            b -> b.cultureCode("sv_SE")),
        bad("row 1 (hrId E-001): cultureCode: 'sv--SE' is not a BCP 47 language tag (e.g. "
            + "sv-SE)", b -> b.cultureCode("sv--SE")),
        bad("row 1 (hrId E-001): cultureCode: 'swedish-SE' names an unknown language or region "
            + "(e.g. sv-SE)", b -> b.cultureCode("swedish-SE")),
        bad("row 1 (hrId E-001): cultureCode: 'xq-SE' names an unknown language or region (e.g. "
            + "sv-SE)", b -> b.cultureCode("xq-SE")),
        bad("row 1 (hrId E-001): cultureCode: 'sv-XX' names an unknown language or region (e.g. "
            + "sv-SE)", b -> b.cultureCode("sv-XX")),
        bad("row 1 (hrId E-001): mobile: 'call me' is not a phone number (6 to 15 digits; +, "
            + "spaces, dots, dashes and parentheses allowed)", b -> b.mobile("call me")),
        bad("row 1 (hrId E-001): mobile: '+46 70' is not a phone number (6 to 15 digits; +, "
            + "spaces, dots, dashes and parentheses allowed)", b -> b.mobile("+46 70")),
        bad("row 1 (hrId E-001): mobile: '+4670123456789012' is not a phone number (6 to 15 "
            + "digits; +, spaces, dots, dashes and parentheses allowed)",
            b -> b.mobile("+4670123456789012")),
        bad("row 1 (hrId E-001): mobile: '070-123 45 67 ext 9' is not a phone number (6 to 15 "
            + "digits; +, spaces, dots, dashes and parentheses allowed)",
            b -> b.mobile("070-123 45 67 ext 9")),
        bad("row 1 (hrId E-001): profileImage: 'avatar.png' is not an absolute http(s) URL",
            b -> b.profileImage("avatar.png")),
        bad("row 1 (hrId E-001): profileImage: 'ftp://x.se/a.png' is not an absolute http(s) URL",
            b -> b.profileImage("ftp://x.se/a.png")),
        bad("row 1 (hrId E-001): profileImage: 'https://bad host/a.png' is not an absolute "
            + "http(s) URL", b -> b.profileImage("https://bad host/a.png")),
        bad("row 1 (hrId E-001): dateOfBirth: 1899-12-31 is before 1900-01-01",
            b -> b.dateOfBirth(LocalDate.of(1899, 12, 31)).startDate(null)),
        bad("row 1 (hrId E-001): dateOfBirth: 2022-03-01 is not before startDate 2022-03-01",
            b -> b.dateOfBirth(LocalDate.of(2022, 3, 1))),
        bad("row 1 (hrId E-001): dateOfBirth: 2025-01-01 is not before startDate 2022-03-01",
            b -> b.dateOfBirth(LocalDate.of(2025, 1, 1))),
        bad("row 1 (hrId E-001): dateOfBirth: +999999999-12-31 is in the future",
            b -> b.dateOfBirth(LocalDate.MAX).startDate(null)),
        bad("row 1 (hrId E-001): dateOfBirth: 9999-12-31 is in the future",
            b -> b.dateOfBirth(LocalDate.of(9999, 12, 31)).startDate(null)),
        bad("row 1 (hrId E-001): startDate: +999999999-12-31 is outside 1900-01-01 to "
            + LocalDate.now(java.time.ZoneOffset.ofHours(14)).plusYears(50) + " (50 years from today)",
            b -> b.startDate(LocalDate.MAX)),
        bad("row 1 (hrId E-001): terminationDate: -999999999-01-01 is outside 1900-01-01 to "
            + LocalDate.now(java.time.ZoneOffset.ofHours(14)).plusYears(50) + " (50 years from today)",
            b -> b.startDate(null).terminationDate(LocalDate.MIN)),
        bad("row 1 (hrId ..): hrId: '..' is not an id: a dot segment would address another record",
            b -> b.hrId("..")),
        bad("row 1 (hrId E-001): lastName: must not contain a bidirectional control character "
            + "(U+202E)", b -> b.lastName("M\u202Eüller")),
        bad("row 1 (hrId E\u200BX): hrId: must not contain a zero-width character (U+200B)",
            b -> b.hrId("E\u200BX")),
        bad("row 1 (hrId E-001): email: 'anna@example.com\r\nBcc: x@y.se' is not a valid e-mail "
            + "address " + SHAPE, b -> b.email("anna@example.com\r\nBcc: x@y.se")),
        bad("row 1 (hrId E-001): terminationDate: 2022-02-28 is before startDate 2022-03-01",
            b -> b.terminationDate(LocalDate.of(2022, 2, 28))),
        bad("row 1 (hrId E-001): customFields: a custom field has a blank name",
            b -> b.customFields(blankName)),
        bad("row 1 (hrId E-001): customFields.costCenter: has no value",
            b -> b.customFields(nullValue)),
        bad("row 1 (hrId E-001): unitExternalId: must not start or end with white space",
            b -> b.unitExternalId("DEPT-1 ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void eachBadInputIsReportedWithRowFieldAndReason(String message,
      UnaryOperator<SourceEmployee.Builder> change) {
    List<ValidationIssue> issues = Roster.validate(List.of(change.apply(valid()).build()));

    assertThat(issues).extracting(ValidationIssue::toString).containsExactly(message);
  }

  @Test
  void aValidRowHasNoIssueAndBlankOptionalTextCountsAsAbsent() {
    SourceEmployee row = valid().middleName(" ").mobile("").gender("\t").build();

    assertThat(Roster.validate(List.of(row))).isEmpty();
    assertThat(row.middleName()).isNull();
    assertThat(row.mobile()).isNull();
  }

  @Test
  void duplicateHrIdsAndEmailsAreCaughtIgnoringCaseAndNameTheEarlierRow() {
    List<SourceEmployee> rows = List.of(
        valid().build(),
        valid().hrId("E-002").email("bob@example.com").build(),
        valid().hrId("e-001").email("carl@example.com").build(),
        valid().hrId("E-004").email("BOB@Example.com").build());

    assertThat(Roster.validate(rows)).extracting(ValidationIssue::toString).containsExactly(
        "row 3 (hrId e-001): hrId: 'e-001' also appears in row 1 (ids compare ignoring case)",
        "row 4 (hrId E-004): email: 'BOB@Example.com' also appears in row 2 (e-mails compare "
            + "ignoring case)");
  }

  @Test
  void idsThatFoldAlikeAreDuplicatesWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      List<ValidationIssue> issues = Roster.validate(List.of(
          valid().hrId("emp-ı").email("a@example.com").build(),
          valid().hrId("EMP-I").email("b@example.com").build(),
          valid().hrId("Straße").email("c@example.com").build(),
          valid().hrId("STRASSE").email("d@example.com").build(),
          valid().hrId("ΟΔΟΣ").email("e@example.com").build(),
          valid().hrId("οδος").email("f@example.com").build()));

      assertThat(issues).extracting(ValidationIssue::toString).containsExactly(
          "row 2 (hrId EMP-I): hrId: 'EMP-I' also appears in row 1 (ids compare ignoring case)",
          "row 4 (hrId STRASSE): hrId: 'STRASSE' also appears in row 3 (ids compare ignoring "
              + "case)",
          "row 6 (hrId οδος): hrId: 'οδος' also appears in row 5 (ids compare ignoring case)");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aNullRowIsReported() {
    List<SourceEmployee> rows = new ArrayList<>();
    rows.add(valid().build());
    rows.add(null);

    assertThat(Roster.validate(rows)).extracting(ValidationIssue::toString)
        .containsExactly("row 2: (row): is null");
  }

  @Test
  void anInvalidRosterIsNeverBuiltAndTheExceptionListsEveryProblem() {
    List<SourceEmployee> rows = List.of(valid().email("x").build(),
        valid().hrId("E-2").email("y@example.com").countryCode("se").build());

    RosterValidationException error =
        catchThrowableOfType(RosterValidationException.class, () -> Roster.of(rows));

    assertThat(error.issues()).hasSize(2);
    assertThat(error.getMessage()).startsWith("the roster has 2 problems; nothing was sent")
        .contains("row 1 (hrId E-001): email: 'x' is not a valid e-mail address " + SHAPE)
        .contains("row 2 (hrId E-2): countryCode: 'se'");
  }

  @Test
  void rowsWithSeveralProblemsReportEachOne() {
    SourceEmployee row = SourceEmployee.builder("", "", "", "not-an-email").countryCode("zz")
        .build();

    assertThat(Roster.validate(List.of(row))).extracting(ValidationIssue::field)
        .containsExactly("hrId", "firstName", "lastName", "email", "countryCode");
  }
}
