package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.sync.Roster;
import io.github.hrsync.sync.SourceEmployee;
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
  void malformedRowsNameTheirLineAndColumn() {
    assertThatThrownBy(() -> read(HEADER + "E1,A,B,a@b.se,01.02.2020,x\n"))
        .hasMessage("line 2, column startDate: '01.02.2020' is not a date (yyyy-MM-dd)");
    assertThatThrownBy(() -> read(HEADER + "E1,A,B\n"))
        .hasMessage("line 2: 3 columns, the header has 6");
    assertThatThrownBy(() -> read(HEADER + "E1,\"A,B,a@b.se,,\n"))
        .hasMessage("line 2: a quoted field is not closed");
    assertThatThrownBy(() -> read("hrId,firstName,lastName\n"))
        .hasMessage("line 1: the header has no 'email' column");
    assertThatThrownBy(() -> read(""))
        .hasMessage("line 1: the file is empty");
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
