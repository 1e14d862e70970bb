package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRosterTest {
  private static final String HEADER = "hrId,firstName,lastName,email,startDate,costCenter\n";

  private static List<SourceEmployee> read(String csv) throws Exception {
    return CsvRoster.read(new StringReader(csv));
  }

  @Test
  void readsQuotedFieldsDatesAndExtraColumnsAsCustomFields() throws Exception {
    List<SourceEmployee> rows = read(HEADER
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
  void malformedRowsNameTheirDataRowFileLineAndColumn() {
    assertThatThrownBy(() -> read(HEADER + "E1,A,B,a@b.se,01.02.2020,x\n"))
        .hasMessage("data row 1 (file line 2), column startDate: '01.02.2020' is not a date "
            + "(yyyy-MM-dd)");
    assertThatThrownBy(() -> read(HEADER + "E1,A,B\n"))
        .hasMessage("data row 1 (file line 2): 3 columns, the header has 6");
    assertThatThrownBy(() -> read(HEADER + "E1,\"A,B,a@b.se,,\n"))
        .hasMessageStartingWith("data row 1 (file line 2): malformed CSV (");
    assertThatThrownBy(() -> read("hrId,firstName,lastName\n"))
        .hasMessage("file line 1: the header has no 'email' column (columns separated by ',' "
            + "found: hrId, firstName, lastName)");
    assertThatThrownBy(() -> read(""))
        .hasMessage("file line 1: the file is empty");
  }

  @Test
  void readsExcelExportsWithAByteOrderMarkAndSemicolons() throws Exception {
    List<SourceEmployee> rows = read("\uFEFFhrId;firstName;lastName;email;costCenter\n"
        + "E1;Anna;Müller;anna@example.com;\"CC;1\"\n");

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.hrId()).isEqualTo("E1");
      assertThat(row.customFields()).isEqualTo(Map.of("costCenter", "CC;1"));
    });
  }

  @Test
  void aQuotedLineBreakIsPartOfItsFieldAndLaterRowsNameTheirTrueFileLine() {
    String csv = HEADER
        + "E1,\"Anna\nMaria\",A,a@example.com,,\n"
        + "E2,Bo,B,b@example.com,,\n"
        + "E3,Cy,C,c@example.com,2020-13-01,\n";

    assertThatThrownBy(() -> read(csv))
        .hasMessage("data row 3 (file line 5), column startDate: '2020-13-01' is not a date "
            + "(yyyy-MM-dd)");
  }

  @Test
  void aHeaderThatNamesAColumnTwiceIsRefused() {
    assertThatThrownBy(() -> read("hrId,firstName,lastName,email,email\nE1,A,B,a@x.se,b@x.se\n"))
        .hasMessage("file line 1: the header names column 'email' twice");
  }

  @Test
  void rowsKeepTheFileLineTheyStartOn() throws Exception {
    CsvRoster.Rows rows = CsvRoster.readRows(new StringReader(HEADER
        + "E1,\"Anna\nMaria\",A,a@example.com,,\n\nE2,Bo,B,b@example.com,,\n"));

    assertThat(rows.employees().get(0).firstName()).isEqualTo("Anna\nMaria");
    assertThat(rows.lines()).containsExactly(2, 5);
  }

  @Test
  void theBundledSampleIsAValidRosterOfFiftyWithUnicodeNames() throws Exception {
    try (var in = CsvRoster.class.getResourceAsStream("/sample-roster.csv")) {
      List<SourceEmployee> rows = CsvRoster.read(new java.io.InputStreamReader(in,
          java.nio.charset.StandardCharsets.UTF_8));

      assertThat(Roster.of(rows).size()).isEqualTo(50);
      assertThat(rows).extracting(SourceEmployee::lastName)
          .contains("Müller", "Dvořák", "Yılmaz", "Ó Súilleabháin", "Zhāng");
    }
  }
}
