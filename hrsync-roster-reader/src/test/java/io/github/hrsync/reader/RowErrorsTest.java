package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row a rule cannot be applied to is reported at once, each naming its data row, file
 * line, column and rule; no roster exists then, so nothing is sent.
 */
class RowErrorsTest {
  private static final RosterMapping GERMAN = RosterMapping.load("mapping.yaml",
      new StringReader("""
          fields:
            hrId: Nr
            firstName: Vorname
            lastName: Nachname
            email: E-Mail
            dateOfBirth: { column: Geburtsdatum, date: dd.MM.yyyy }
          """));

  @TempDir
  Path dir;

  private static MappedRoster read(RosterMapping mapping, String csv) {
    try (CsvSource rows = CsvSource.of("export.csv", new StringReader(csv))) {
      return mapping.read(rows);
    }
  }

  @Test
  void everyRowWhoseDateDoesNotFitThePatternIsNamedByRowLineColumnAndRule() {
    RosterReadException error = catchThrowableOfType(RosterReadException.class, () -> read(GERMAN,
        """
        Nr;Vorname;Nachname;E-Mail;Geburtsdatum
        1;Anna;"Müller
        (geb. Schmidt)";anna@example.com;31.02.1980
        2;Ben;Berg;ben@example.com;1980-02-03
        3;Cleo;Cruz;cleo@example.com;03.04.1985
        """));

    assertThat(error.problems()).extracting(RowProblem::toString).containsExactly(
        "data row 1 (file line 2), column 'Geburtsdatum', date dd.MM.yyyy: '31.02.1980' is not "
            + "a date in that pattern (field dateOfBirth)",
        "data row 2 (file line 4), column 'Geburtsdatum', date dd.MM.yyyy: '1980-02-03' is not "
            + "a date in that pattern (field dateOfBirth)");
    assertThat(error.getMessage()).startsWith("export.csv: 2 problems, nothing was sent:");
  }

  @Test
  void validationProblemsNameTheFileLineAndTheSourceColumnOfTheField() {
    RosterReadException error = catchThrowableOfType(RosterReadException.class, () -> read(GERMAN,
        """
        Nr;Vorname;Nachname;E-Mail;Geburtsdatum;Notiz
        1;Anna;Alt;anna@example.com;01.02.1980;"Teilzeit,
        seit 2024"
        2;Ben;Berg;not-an-email;03.04.1985;
        """));

    assertThat(error.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.row()).isEqualTo(2);
      assertThat(problem.line()).as("the quoted line break moves it down").isEqualTo(4);
      assertThat(problem.column()).isEqualTo("E-Mail");
      assertThat(problem.rule()).isEqualTo("validation of email");
      assertThat(problem.message()).contains("'not-an-email' is not a valid e-mail address");
    });
  }

  @Test
  void aWindows1252ExportReadAsUtf8NamesEveryUndecodableByteAndHowToFixIt() throws IOException {
    Path export = dir.resolve("export.csv");
    Files.writeString(export, "Nr;Vorname;Nachname;E-Mail;Geburtsdatum\n"
        + "1;Jürgen;Müller;j@example.com;01.01.1970\n2;Ben;Berg;b@example.com;01.01.1971\n"
        + "3;Zoë;Weiß;z@example.com;01.01.1972\n", Charset.forName("windows-1252"));

    assertThatThrownBy(() -> {
      try (CsvSource rows = CsvSource.open(export, GERMAN.encoding())) {
        GERMAN.read(rows);
      }
    }).isInstanceOf(RosterReadException.class)
        .hasMessageContaining("export.csv: 4 problems")
        .hasMessageContaining("file line 2: byte 0xFC is not UTF-8")
        .hasMessageContaining("file line 4: byte 0xEB is not UTF-8")
        .hasMessageContaining("file line 4: byte 0xDF is not UTF-8")
        .hasMessageContaining("name its encoding in the mapping (encoding: windows-1252");

    RosterMapping latin = RosterMapping.load("m.yaml", new StringReader("""
        encoding: ISO-8859-1
        fields: { hrId: Nr, firstName: Vorname, lastName: Nachname, email: E-Mail }
        """));
    try (CsvSource rows = CsvSource.open(export, latin.encoding())) {
      assertThat(latin.read(rows).roster().employees().get(2).lastName()).isEqualTo("Weiß");
    }
  }

  @Test
  void manyUndecodableBytesAreCountedAllAndTheFirstShown() throws IOException {
    Path export = dir.resolve("export.csv");
    StringBuilder text = new StringBuilder("Nr;Vorname;Nachname;E-Mail;Geburtsdatum\n");
    for (int i = 1; i <= 150; i++) {
      text.append(i).append(";J\u00fcrgen;M;j").append(i).append("@example.com;01.01.1970\n");
    }
    Files.writeString(export, text, Charset.forName("windows-1252"));

    assertThatThrownBy(() -> {
      try (CsvSource rows = CsvSource.open(export, GERMAN.encoding())) {
        GERMAN.read(rows);
      }
    }).isInstanceOf(RosterReadException.class)
        .hasMessageStartingWith("export.csv: 150 problems, nothing was sent:\n"
            + "  file line 2: byte 0xFC is not UTF-8")
        .hasMessageContaining("\n  ... and 130 more\n");
  }

  @Test
  void aRowWithAnotherNumberOfCellsThanTheHeaderIsNamed() {
    assertThatThrownBy(() -> read(GERMAN, """
        Nr;Vorname;Nachname;E-Mail;Geburtsdatum
        1;Anna;Alt;anna@example.com;01.02.1980
        2;Ben;Berg;ben@example.com
        """)).isInstanceOf(RosterReadException.class)
        .hasMessage("export.csv: data row 2 (file line 3) has 4 cells, the header has 5 columns");
  }

  @Test
  void aJavaHookComputesWhatNoRuleDoesAndItsFailureIsARowProblem() {
    RosterMapping mapping = RosterMapping.builder()
        .field(RosterField.HR_ID, FieldRule.column("Nr"))
        .field(RosterField.FIRST_NAME, FieldRule.column("Vorname"))
        .field(RosterField.LAST_NAME, FieldRule.column("Nachname"))
        .field(RosterField.EMAIL, FieldRule.computed(row -> (row.get("Vorname") + "."
            + row.get("Nachname") + "@example.com").toLowerCase(Locale.ROOT)))
        .field(RosterField.MOBILE, FieldRule.computed(row -> {
          if ("x".equals(row.get("Tel"))) {
            throw new IllegalArgumentException("no number");
          }
          return row.get("Tel");
        })).build();

    MappedRoster roster = read(mapping, "Nr,Vorname,Nachname,Tel\n1,Anna,Alt,+46701234567\n");
    assertThat(roster.roster().employees().get(0).email()).isEqualTo("anna.alt@example.com");
    assertThatThrownBy(() -> read(mapping, "Nr,Vorname,Nachname,Tel\n1,Anna,Alt,x\n"))
        .isInstanceOf(RosterReadException.class)
        .hasMessageContaining("data row 1 (file line 2), Java function of mobile: no number");
  }

  @Test
  void anEmptyFileOrAColumnNamedTwiceIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> read(GERMAN, "")).isInstanceOf(RosterReadException.class)
        .hasMessage("export.csv: file line 1: the file is empty; it needs a header row naming "
            + "the columns");
    assertThatThrownBy(() -> read(GERMAN, "Nr;Nr\n1;2\n")).isInstanceOf(RosterReadException.class)
        .hasMessageContaining("file line 1: the header names column 'Nr' twice");
    assertThat(StandardCharsets.UTF_8).isEqualTo(GERMAN.encoding());
  }
}
