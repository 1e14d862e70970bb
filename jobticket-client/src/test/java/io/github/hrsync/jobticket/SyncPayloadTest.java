package io.github.hrsync.jobticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncPayloadTest extends JobTicketTestSupport {

  /** The request body of the seed's Trigger HR Sync example, e-mail as the other examples. */
  private static final String SEED_EXAMPLE = "{\"syncId\":\"sync-2024-05-14-001\",\"employees\":"
      + "[{\"firstName\":\"Anna\",\"lastName\":\"Müller\",\"email\":\"anna.mueller@example.com\","
      + "\"profileImage\":null,\"dateOfBirth\":\"1990-04-15\",\"hrId\":\"emp_HR_001\","
      + "\"startDate\":\"2022-03-01\",\"terminationDate\":null,\"autoSyncEmployee\":null,"
      + "\"absences\":[]}]}";

  @Test
  void theSeedExampleIsSentByteForByteWithExplicitNulls() {
    server.stubFor(post("/hr-integrations/7/sync").willReturn(aResponse().withStatus(204)));
    SyncEmployee anna = SyncEmployee.builder("emp_HR_001")
        .firstName("Anna")
        .lastName("Müller")
        .email("anna.mueller@example.com")
        .dateOfBirth(LocalDate.of(1990, 4, 15))
        .startDate(LocalDate.of(2022, 3, 1))
        .build();

    client().triggerSync(7, "sync-2024-05-14-001", List.of(anna));

    var requests = server.findAll(postRequestedFor(urlEqualTo("/hr-integrations/7/sync")));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getBodyAsString()).isEqualTo(SEED_EXAMPLE);
    server.verify(postRequestedFor(urlEqualTo("/hr-integrations/7/sync"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(SEED_EXAMPLE)));
  }

  @Test
  void aLargeRosterIsStreamedWithAnExactContentLengthNotChunked() {
    server.stubFor(post("/hr-integrations/7/sync").willReturn(aResponse().withStatus(204)));
    List<SyncEmployee> roster = java.util.stream.IntStream.range(0, 5_000)
        .mapToObj(i -> SyncEmployee.builder("emp-" + i).firstName("Ölga " + i).lastName("L")
            .email("e" + i + "@example.com").build())
        .toList();

    SyncAccepted accepted = client().triggerSync(7, "big", roster);

    var request = server.findAll(postRequestedFor(urlEqualTo("/hr-integrations/7/sync"))).get(0);
    assertThat(accepted.employeeCount()).isEqualTo(5_000);
    assertThat(request.containsHeader("Transfer-Encoding")).isFalse();
    assertThat(request.getHeader("Content-Length"))
        .isEqualTo(Integer.toString(request.getBody().length));
    assertThat(request.getBodyAsString()).startsWith("{\"syncId\":\"big\",\"employees\":[{")
        .contains("\"hrId\":\"emp-4999\"").endsWith("}]}");
  }

  @Test
  void anEmptyRosterIsRefusedBeforeAnyRequestBecauseItWouldOffboardEveryone() {
    assertThatThrownBy(() -> client().triggerSync(7, "s", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one employee");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void hrIdsEqualIgnoringCaseAreRefusedNamingBothRows() {
    var roster = List.of(syncEmployee("e1"), syncEmployee("b"), syncEmployee("E1"));

    assertThatThrownBy(() -> client().triggerSync(7, "s", roster))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("employees[2].hrId 'E1' is the hrId of employees[0] too (hrIds compare "
            + "ignoring case)");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void badIdsAndSyncIdsAreRefusedBeforeAnyRequest() {
    var roster = List.of(syncEmployee("a"));

    assertThatThrownBy(() -> client().triggerSync(0, "s", roster))
        .hasMessage("integrationId must be positive, was 0");
    assertThatThrownBy(() -> client().triggerSync(7, " ", roster))
        .hasMessageContaining("syncId must be 1 to 255 printable characters");
    assertThatThrownBy(() -> client().triggerSync(7, "x".repeat(256), roster))
        .hasMessageContaining("syncId must be 1 to 255");
    assertThatThrownBy(() -> client().getEmployee(-3))
        .hasMessage("employeeId must be positive, was -3");
    assertThatThrownBy(() -> syncEmployee(" "))
        .hasMessage("hrId is required");
    assertThatThrownBy(() -> SyncEmployee.builder(null).build())
        .as("the missing key is named, not 'employee null: firstName is required'")
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hrId is required");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
