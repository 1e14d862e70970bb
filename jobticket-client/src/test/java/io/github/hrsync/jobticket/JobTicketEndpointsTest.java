package io.github.hrsync.jobticket;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTicketEndpointsTest extends JobTicketTestSupport {

  @Test
  void listEmployeesWalksEveryPageWithBasicAuthAndOneBasedPages() {
    server.stubFor(get(urlPathEqualTo("/employees")).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(listing(1, 2, 3, 5, employee(1, "h1"), employee(2, "h2")))));
    server.stubFor(get(urlPathEqualTo("/employees")).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(listing(2, 2, 3, 5, employee(3, "h3"), employee(4, "h4")))));
    server.stubFor(get(urlPathEqualTo("/employees")).withQueryParam("page", equalTo("3"))
        .willReturn(okJson(listing(3, 2, 3, 5, employee(5, "h5")))));

    List<Employee> employees = client()
        .listEmployees(ListOptions.builder().perPage(2).build()).stream().toList();

    assertThat(employees).extracting(Employee::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(employees.get(2).hrIntegrationLinks().get(0).hrId()).isEqualTo("h3");
    server.verify(3, getRequestedFor(urlPathEqualTo("/employees"))
        .withQueryParam("perPage", equalTo("2"))
        .withHeader("Authorization", equalTo(BASIC))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", matching("hrsync-java/" + java.util.regex.Pattern.quote(
            System.getProperty("hrsync.projectVersion")) + " jobticket \\(Java .*")));
  }

  @Test
  void listEmployeesSendsSortingAndFiltersAndDefaultsToPagesOfOneHundred() {
    server.stubFor(get(urlPathEqualTo("/employees")).willReturn(okJson(listing(1, 100, 1, 0))));

    client().listEmployees(ListOptions.builder().sortField("lastName").sortOrder(SortOrder.DESC)
        .filter("email", "anna.mueller@example.com").build()).stream().toList();
    client().listEmployees().stream().toList();

    server.verify(getRequestedFor(urlEqualTo("/employees?page=1&perPage=100&sortField=lastName"
        + "&sortOrder=desc&email=anna.mueller%40example.com")));
    server.verify(getRequestedFor(urlEqualTo("/employees?page=1&perPage=100")));
  }

  @Test
  void getEmployeeReadsEveryDocumentedFieldIncludingTheMisspelledLinks() {
    server.stubFor(get("/employees/42").willReturn(okJson(single(EMPLOYEE_42))));

    Employee anna = client().getEmployee(42);

    assertThat(anna.firstName()).isEqualTo("Anna");
    assertThat(anna.lastName()).isEqualTo("Müller");
    assertThat(anna.dateOfBirth()).isEqualTo(LocalDate.of(1990, 4, 15));
    assertThat(anna.profileImage()).isNull();
    assertThat(anna.subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(anna.subscription().nextTicketAt()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(anna.plan().employeeContributionAmount())
        .isEqualTo(new Money("€29.00", new BigDecimal("29.00")));
    assertThat(anna.ticket().ticketMonth()).isEqualTo(YearMonth.of(2024, 5));
    assertThat(anna.ticket().links()).containsEntry("google",
        "https://wallet.example.com/google/tkt_9Xk2mPqL");
    assertThat(anna.hrIntegrationLink(7)).hasValueSatisfying(link -> {
      assertThat(link.hrId()).isEqualTo("emp_HR_001");
      assertThat(link.lastSyncId()).isEqualTo("sync_abc123");
      assertThat(link.lastSynced()).isEqualTo(Instant.parse("2024-05-10T08:00:00Z"));
    });
    assertThat(anna.links().get("employeeDocuments").href())
        .isEqualTo("https://v1-api.ticket-plus.app/employees/42/documents");
  }

  @Test
  void unknownFieldsAndUnknownStatusValuesAreTolerated() {
    server.stubFor(get("/employees/9").willReturn(okJson(single("{\"id\":9,\"brandNew\":true,"
        + "\"subscription\":{\"status\":\"frozen-by-hr\"},\"hrIntegrationLinks\":[{\"hrId\":\"x\","
        + "\"hrIntegrationId\":3}]}"))));

    Employee employee = client().getEmployee(9);

    assertThat(employee.subscription().status().value()).isEqualTo("frozen-by-hr");
    assertThat(employee.hrIntegrationLink(3)).isPresent();
    assertThat(employee.links()).isEmpty();
    assertThat(employee.ticket()).isNull();
  }

  @Test
  void documentsOfOneEmployeeAndOfAllEmployees() {
    server.stubFor(get(urlPathEqualTo("/employees/42/documents"))
        .willReturn(okJson(listing(1, 100, 1, 1, DOCUMENT_101))));
    server.stubFor(get(urlPathEqualTo("/employee-documents"))
        .willReturn(okJson(listing(1, 100, 1, 1, DOCUMENT_101))));
    server.stubFor(get("/employee-documents/101").willReturn(okJson(single(DOCUMENT_101))));

    JobTicketClient client = client();
    EmployeeDocument ofEmployee =
        client.listEmployeeDocuments(42, ListOptions.defaults()).iterator().next();
    EmployeeDocument ofAll = client.listDocuments(ListOptions.defaults()).iterator().next();
    EmployeeDocument single = client.getDocument(101);

    assertThat(ofEmployee).isEqualTo(ofAll).isEqualTo(single);
    assertThat(single.documentName()).isEqualTo("May 2024 Transit Invoice");
    assertThat(single.downloadable()).isTrue();
    assertThat(single.createdAt()).isEqualTo(Instant.parse("2024-05-01T09:00:00Z"));
    assertThat(single.links()).containsKeys("self", "employee");
  }

  @Test
  void downloadStreamsTheFileWithTypeNameAndLength() throws Exception {
    byte[] pdf = "%PDF-1.7 fake invoice bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    server.stubFor(get("/employee-documents/101/download").willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf")
        .withHeader("Content-Disposition", "attachment; filename=\"invoice-2024-05.pdf\"")
        .withHeader("Content-Length", Integer.toString(pdf.length))
        .withBody(pdf)));

    try (DocumentDownload download = client().downloadDocument(101);
        InputStream body = download.body()) {
      assertThat(download.contentType()).isEqualTo("application/pdf");
      assertThat(download.fileName()).isEqualTo("invoice-2024-05.pdf");
      assertThat(download.contentLength()).hasValue(pdf.length);
      assertThat(body.readAllBytes()).isEqualTo(pdf);
    }
  }

  @Test
  void aDocumentMarkedNotDownloadableIsRefusedBeforeAnyRequest() {
    EmployeeDocument notReady = new EmployeeDocument(5, 42, "June", "pdf", false, null, null,
        "employee-document", null);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client().downloadDocument(notReady))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document 5 ('June') is not downloadable");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void hrIntegrationsKeepEveryAttributeOfTheUnpublishedSchema() {
    String integration = "{\"id\":7,\"name\":\"JobTicket+ API Integration\",\"status\":"
        + "\"INITIAL_SYNC_PENDING\",\"linkedEmployees\":12}";
    server.stubFor(get(urlPathEqualTo("/hr-integrations"))
        .willReturn(okJson(listing(1, 100, 1, 1, integration))));
    server.stubFor(get("/hr-integrations/7").willReturn(okJson(single(integration))));

    HrIntegration listed = client().listHrIntegrations(ListOptions.defaults()).iterator().next();
    HrIntegration fetched = client().getHrIntegration(7);

    assertThat(listed).isEqualTo(fetched);
    assertThat(fetched.id()).isEqualTo(7);
    assertThat(fetched.status()).isEqualTo("INITIAL_SYNC_PENDING");
    assertThat(fetched.name()).isEqualTo("JobTicket+ API Integration");
    assertThat(fetched.attributes()).containsEntry("linkedEmployees", 12);
  }

  @Test
  void triggerSyncPostsTheRosterAndReportsAcceptance() {
    server.stubFor(post("/hr-integrations/7/sync").willReturn(aResponse().withStatus(204)));

    SyncAccepted accepted = client().triggerSync(7, "sync-1",
        List.of(SyncEmployee.builder("emp_HR_001").firstName("Anna")
            .lastName("Müller").email("anna.mueller@example.com").build()));

    assertThat(accepted).isEqualTo(new SyncAccepted(7, "sync-1", 1, clock.instant()));
    server.verify(postRequestedFor(urlEqualTo("/hr-integrations/7/sync"))
        .withHeader("Authorization", equalTo(BASIC))
        .withHeader("Content-Type", equalTo("application/json")));
  }

  @Test
  void healthCheckSendsNoCredentialsAndReportsServerTrouble() {
    server.stubFor(get("/health").willReturn(okJson("{\"status\":\"ok\"}")));
    server.stubFor(get("/status").willReturn(aResponse().withStatus(500).withBody("down")));

    HealthStatus up = client().health();
    HealthStatus down = builder().healthCheckPath("/status").build().health();

    assertThat(up.healthy()).isTrue();
    assertThat(up.body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(down.healthy()).isFalse();
    assertThat(down.statusCode()).isEqualTo(500);
    server.verify(getRequestedFor(urlEqualTo("/health")).withHeader("Authorization", absent()));
  }

  @Test
  void aLinkWithoutItsIntegrationIdIsReadAsUnknownNeverAsIntegrationZero() {
    server.stubFor(get("/employees/5").willReturn(okJson("{\"data\":{\"id\":5,\"email\":"
        + "\"e5@example.com\",\"hrIntergartionLinks\":[{\"type\":\"hr-integration\","
        + "\"hrId\":\"E5\"}]}}")));

    Employee employee = client().getEmployee(5);

    HrIntegrationLink link = employee.hrIntegrationLinks().get(0);
    assertThat(link.hrIntegrationId()).isNull();
    assertThat(link.lastSyncId()).isNull();
    assertThat(link.lastSynced()).isNull();
    assertThat(employee.hrIntegrationLink(0)).isEmpty();
    assertThat(employee.hrIntegrationLink(7)).isEmpty();
  }
}
