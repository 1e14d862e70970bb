package io.github.hrsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's JobTicket against the API reference, one test per documented behaviour, named
 * after the section it checks (shared/api/jobticket-api.md), over raw HTTP.
 */
class JobTicketConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final VirtualClock clock = new VirtualClock(Instant.parse("2026-06-15T08:00:00Z"));
  private Sandbox sandbox = Sandbox.start(SandboxFaults.none(), clock);

  private void readings(SandboxReadings readings) {
    sandbox.close();
    sandbox = Sandbox.start(SandboxFaults.none(), clock, readings);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private RawHttp.Answer send(String method, String path, String authorization, String body)
      throws Exception {
    return RawHttp.send(method, sandbox.jobTicketUrl() + path, authorization.isEmpty()
        ? Map.of() : Map.of("Authorization", authorization), body);
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString((Sandbox.JOBTICKET_KEY_ID + ":"
        + Sandbox.JOBTICKET_KEY_SECRET).getBytes(StandardCharsets.UTF_8));
  }

  private void sync(String syncId, String... rows) throws Exception {
    RawHttp.Answer answer = send("POST", "/hr-integrations/7/sync", basic(),
        "{\"syncId\":\"" + syncId + "\",\"employees\":[" + String.join(",", rows) + "]}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
  }

  private static String row(String hrId, String terminationDate) {
    return "{\"hrId\":\"" + hrId + "\",\"firstName\":\"F\",\"lastName\":\"L\",\"email\":\""
        + hrId + "@example.com\",\"terminationDate\":" + (terminationDate == null ? "null"
        : "\"" + terminationDate + "\"") + "}";
  }

  private Map<String, JsonNode> employeesByHrId() throws Exception {
    JsonNode page = JSON.readTree(send("GET", "/employees?page=1&perPage=100", basic(), "")
        .body());
    Map<String, JsonNode> byHrId = new java.util.LinkedHashMap<>();
    page.at("/data/data").forEach(e -> byHrId.put(e.at("/hrIntergartionLinks/0/hrId").asText(),
        e));
    return byHrId;
  }

  @Test
  void triggerHrSyncOffboardsAnEmployeeOmittedFromTheRosterAndKeepsListingIt() throws Exception {
    sync("s1", row("E1", null), row("E2", null));
    sync("s2", row("E1", null));

    JsonNode gone = employeesByHrId().get("E2");
    assertThat(gone).as("still listed").isNotNull();
    assertThat(gone.at("/subscription/status").asText()).isEqualTo("cancelled");
    assertThat(gone.at("/subscription/cancelledAt").asText()).isEqualTo("2026-06-15");
    assertThat(sandbox.jobTicket().activeEmployees()).hasSize(1);
  }

  @Test
  void triggerHrSyncBringsARehireBackAsTheSameRecord() throws Exception {
    sync("s1", row("E1", null), row("E2", null));
    long id = employeesByHrId().get("E2").get("id").asLong();
    sync("s2", row("E1", null));
    sync("s3", row("E1", null), row("E2", null));

    JsonNode back = employeesByHrId().get("E2");
    assertThat(back.get("id").asLong()).isEqualTo(id);
    assertThat(back.at("/subscription/status").asText()).isEqualTo("active");
    assertThat(back.at("/subscription/reactivatedAt").asText()).isEqualTo("2026-06-15");
  }

  @Test
  void triggerHrSyncOffboardsARowWhoseTerminationDateHasComeAndKeepsOneStillAhead()
      throws Exception {
    sync("s1", row("E1", "2026-06-15"), row("E2", "2026-01-31"), row("E3", "2026-06-16"));

    Map<String, JsonNode> employees = employeesByHrId();
    assertThat(employees.get("E1").at("/subscription/status").asText()).isEqualTo("cancelled");
    assertThat(employees.get("E2").at("/subscription/status").asText()).isEqualTo("cancelled");
    assertThat(employees.get("E3").at("/subscription/status").asText()).isEqualTo("active");
  }

  @Test
  void errorsAMalformedRequestBodyIs400() throws Exception {
    RawHttp.Answer answer = send("POST", "/hr-integrations/7/sync", basic(),
        "{\"syncId\": \"s1\", \"employees\": [");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(sandbox.jobTicket().syncIds()).isEmpty();
  }

  @Test
  void authenticationTheBasicSchemeIsCaseInsensitiveAndA401NamesIt() throws Exception {
    String lowerCase = "basic " + basic().substring("Basic ".length());

    assertThat(send("GET", "/employees", lowerCase, "").statusCode()).isEqualTo(200);
    RawHttp.Answer refused = send("GET", "/employees", "", "");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.authenticate()).startsWith("Basic");
  }

  @Test
  void undocumentedHrIdCaseIsComparedExactlyByDefaultAndIgnoringCaseBySwitch() throws Exception {
    sync("s1", row("E1", null));
    sync("s2", row("e1", null));
    assertThat(employeesByHrId().get("E1").at("/subscription/status").asText())
        .as("another employee: E1 offboarded, e1 added").isEqualTo("cancelled");
    assertThat(employeesByHrId()).containsKey("e1");

    readings(SandboxReadings.defaults().withHrIdCaseSensitive(false));
    sync("s1", row("E1", null));
    sync("s2", row("e1", null));
    assertThat(sandbox.jobTicket().employees()).hasSize(1);
  }

  @Test
  void undocumentedARowMatchingAnotherIntegrationsEmployeeByEmailIsASecondEmployeeByDefault()
      throws Exception {
    sandbox.jobTicket().seedOtherIntegration("F", "L", "E1@example.com");
    sync("s1", row("E1", null));
    assertThat(sandbox.jobTicket().employees()).hasSize(2);

    readings(SandboxReadings.defaults().withEmailMatchAcrossIntegrations(true));
    sandbox.jobTicket().seedOtherIntegration("F", "L", "E1@example.com");
    sync("s1", row("E1", null));
    assertThat(sandbox.jobTicket().employees()).hasSize(1);
  }

  @Test
  void undocumentedANamelessSyncEmployeeIsStoredByDefaultAndRefusedBySwitch() throws Exception {
    String nameless = "{\"hrId\":\"E1\",\"email\":\"e1@example.com\"}";
    sync("s1", nameless);
    assertThat(sandbox.jobTicket().employees()).hasSize(1);

    readings(SandboxReadings.defaults().withSyncRequiresNames(true));
    RawHttp.Answer refused = send("POST", "/hr-integrations/7/sync", basic(),
        "{\"syncId\":\"s1\",\"employees\":[" + nameless + "]}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("employees[0].firstName");
  }

  @Test
  void undocumentedAFutureTerminationDateOffboardsOnTheDateByDefaultAndAtOnceBySwitch()
      throws Exception {
    sync("s1", row("E1", "2026-07-01"));
    assertThat(employeesByHrId().get("E1").at("/subscription/status").asText())
        .isEqualTo("active");

    readings(SandboxReadings.defaults().withFutureTerminationOffboardsNow(true));
    sync("s1", row("E1", "2026-07-01"));
    assertThat(employeesByHrId().get("E1").at("/subscription/status").asText())
        .isEqualTo("cancelled");
  }
}
