package io.github.hrsync.jobticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The JobTicket models that hold a person's data print ids, never the data. */
class NoPersonalDataInModelsTest {
  private static final List<String> PERSONAL = List.of("Anna", "Berg", "anna.berg@example.com",
      "1987-11-23", "Ticket_Anna_Berg.pdf", "+46701234567");

  @Test
  void theToStringOfEveryModelHoldingAPersonsDataShowsIdsOnly() {
    Employee employee = new Employee(5, "Anna", "Berg", "anna.berg@example.com",
        LocalDate.of(1987, 11, 23), "https://img.example/anna.png", null, null, null, null,
        List.of(new HrIntegrationLink("hr", "E-1", 7L, "s1", Instant.EPOCH)), Map.of());
    SyncEmployee row = SyncEmployee.builder("E-1").firstName("Anna").lastName("Berg")
        .email("anna.berg@example.com").dateOfBirth(LocalDate.of(1987, 11, 23)).build();
    EmployeeDocument document = new EmployeeDocument(9, 5, "Ticket_Anna_Berg.pdf", "pdf", true,
        null, null, null, Map.of());
    DocumentDownload download = new DocumentDownload(9, "application/pdf",
        "Ticket_Anna_Berg.pdf", OptionalLong.empty(), new ByteArrayInputStream(new byte[0]));
    WebhookPayload unknown = new WebhookPayload.Unrecognized(Map.of("mobile", "+46701234567",
        "name", "Anna Berg"));

    for (Object model : List.of(employee, row, document, download, unknown)) {
      assertThat(model.toString()).as(model.getClass().getSimpleName())
          .doesNotContain(PERSONAL);
    }
    assertThat(employee.toString()).isEqualTo("Employee[id=5, hrIds=[E-1]]");
    assertThat(row.toString()).isEqualTo("SyncEmployee[hrId=E-1]");
  }
}
