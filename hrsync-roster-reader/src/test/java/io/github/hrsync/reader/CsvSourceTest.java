package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CSV as spreadsheets write it, read through hrsync's own column names
 * ({@link RosterMapping#standard}): RFC 4180 quoting, a byte-order mark, {@code ;} or {@code ,},
 * and every row knowing the file line it starts on.
 */
class CsvSourceTest {
  private static final String HEADER = "hrId,firstName,lastName,email,startDate,costCenter\n";

  private static MappedRoster read(String csv) {
    try (CsvSource rows = CsvSource.of("roster.csv", new StringReader(csv))) {
      return RosterMapping.standard(rows.columns()).read(rows);
    }
  }

  private static List<SourceEmployee> employees(String csv) {
    return read(csv).roster().employees();
  }

  @Test
  void quotedFieldsIsoDatesAndOtherColumnsAsCustomFieldsAreRead() {
    List<SourceEmployee> rows = employees(HEADER
        + "E1,\"Aoife \"\"Ace\"\"\",\"O'Brien, Jr\",aoife@example.com,2020-01-01,CC-1\n"
        + "\n"
        + "E2,Zoë,Dubois,zoe@example.com,,\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).firstName()).isEqualTo("Aoife \"Ace\"");
    assertThat(rows.get(0).lastName()).isEqualTo("O'Brien, Jr");
    assertThat(rows.get(0).startDate()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(rows.get(0).customFields()).isEqualTo(Map.of("costCenter", "CC-1"));
    assertThat(rows.get(1).customFields()).isEmpty();
    assertThat(rows.get(1).startDate()).isNull();
  }

  @Test
  void anExcelExportWithAByteOrderMarkAndSemicolonsIsRead() {
    List<SourceEmployee> rows = employees("\uFEFFhrId;firstName;lastName;email;costCenter\n"
        + "E1;Anna;Müller;anna@example.com;\"CC;1\"\n");

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.hrId()).isEqualTo("E1");
      assertThat(row.customFields()).isEqualTo(Map.of("costCenter", "CC;1"));
    });
  }

  @Test
  void aQuotedLineBreakIsPartOfItsCellAndLaterRowsKeepTheirTrueFileLine() {
    MappedRoster roster = read("hrId,firstName,lastName,email,notes\n"
        + "E1,Anna,A,a@example.com,\"two\nlines\"\n\nE2,Bo,B,b@example.com,\n");

    assertThat(roster.roster().employees().get(0).customFields())
        .containsEntry("notes", "two\nlines");
    assertThat(roster.lineOf(0)).isEqualTo(2);
    assertThat(roster.lineOf(1)).isEqualTo(5);
    assertThatThrownBy(() -> read(HEADER + "E1,\"Anna\nMaria\",A,a@example.com,,\n"
        + "E2,Bo,B,b@example.com,,\nE3,Cy,C,c@example.com,2020-13-01,\n"))
        .isInstanceOf(RosterReadException.class)
        .hasMessageContaining("data row 3 (file line 5), column 'startDate', date yyyy-MM-dd: "
            + "'2020-13-01' is not a date in that pattern");
  }

  @Test
  void malformedQuotingAndAMissingRequiredColumnAreNamed() {
    assertThatThrownBy(() -> read(HEADER + "E1,\"A,B,a@b.se,,\n"))
        .isInstanceOf(RosterReadException.class)
        .hasMessageStartingWith("roster.csv: data row 1 (file line 2): malformed CSV (");
    assertThatThrownBy(() -> read("hrId,firstName,lastName,e-mail\nE1,A,B,a@b.se\n"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("the source has no 'email' column; it has: hrId, firstName, "
            + "lastName, e-mail; did you mean 'e-mail'?");
  }
}
