package io.github.hrsync.jobticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hrsync.core.error.ApiConnectionException;
import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.error.ServerException;
import io.github.hrsync.core.error.UnexpectedResponseException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JobTicketRetryTest extends JobTicketTestSupport {

  private void failTwiceThen(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder
      failure, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder success) {
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(failure).willSetStateTo("failed once"));
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs("failed once")
        .willReturn(failure).willSetStateTo("failed twice"));
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs("failed twice")
        .willReturn(success));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 502, 503, 504})
  void transientStatusesAreRetriedUntilTheyPass(int status) {
    failTwiceThen("/employees/1", aResponse().withStatus(status), okJson(single(employee(1, "h"))));

    Employee employee = client().getEmployee(1);

    assertThat(employee.id()).isEqualTo(1);
    server.verify(3, getRequestedFor(urlEqualTo("/employees/1")));
    assertThat(clock.waits()).hasSize(2).allSatisfy(wait ->
        assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(400)));
  }

  @Test
  void persistentGatewayErrorsGiveUpAfterMaxAttempts() {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(503)));

    ServerException error = catchThrowableOfType(ServerException.class,
        () -> builder().retryPolicy(RetryPolicy.builder().maxAttempts(5).build()).build()
            .getEmployee(1));

    assertThat(error.statusCode()).isEqualTo(503);
    server.verify(5, getRequestedFor(urlEqualTo("/employees/1")));
  }

  @Test
  void a500IsNotRetriedByDefaultAsTheDocsSayContactSupport() {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(500)));

    catchThrowableOfType(ServerException.class, () -> client().getEmployee(1));

    server.verify(1, getRequestedFor(urlEqualTo("/employees/1")));
  }

  @Test
  void retryAfterReplacesTheBackoff() {
    failTwiceThen("/employees/1", aResponse().withStatus(503).withHeader("Retry-After", "7"),
        okJson(single(employee(1, "h"))));

    client().getEmployee(1);

    assertThat(clock.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
  }

  @Test
  void retryAfterBeyondTheCapEndsTheRetriesInsteadOfRetryingEarly() {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "120")));

    ServerException error = catchThrowableOfType(ServerException.class, () -> builder()
        .retryPolicy(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(60)).build())
        .build().getEmployee(1));

    assertThat(error.statusCode()).isEqualTo(503);
    server.verify(1, getRequestedFor(urlEqualTo("/employees/1")));
    assertThat(clock.waits()).isEmpty();
  }

  @Test
  void connectionResetIsRetriedAndThenReportedAsAConnectionError() {
    server.stubFor(get("/employees/1").willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));

    ApiConnectionException error =
        catchThrowableOfType(ApiConnectionException.class, () -> client().getEmployee(1));

    assertThat(error.statusCode()).isZero();
    assertThat(error.path()).isEqualTo("/employees/1");
    assertThat(clock.waits()).hasSize(3); // 4 attempts by the SDK
    // java.net.http itself re-sends a reset GET once on a fresh connection, so the server may see
    // up to two requests per SDK attempt
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/employees/1")))).hasSizeBetween(4, 8);
  }

  @Test
  void aResetThenSuccessRecovers() {
    failTwiceThen("/employees/1", aResponse().withFault(Fault.EMPTY_RESPONSE),
        okJson(single(employee(1, "h"))));

    assertThat(client().getEmployee(1).id()).isEqualTo(1);
  }

  @Test
  void aBodyCutOffMidwayIsRetriedForReads() {
    failTwiceThen("/employees/1", aResponse().withStatus(200)
        .withFault(Fault.MALFORMED_RESPONSE_CHUNK), okJson(single(employee(1, "h"))));

    assertThat(client().getEmployee(1).id()).isEqualTo(1);
    server.verify(3, getRequestedFor(urlEqualTo("/employees/1")));
  }

  @Test
  void theSyncIsRetriedAfterAResetBecauseJobTicketDeduplicatesBySyncId() {
    server.stubFor(post("/hr-integrations/7/sync").inScenario("sync").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("reset"));
    server.stubFor(post("/hr-integrations/7/sync").inScenario("sync").whenScenarioStateIs("reset")
        .willReturn(aResponse().withStatus(204)));

    client().triggerSync(7, "sync-42", List.of(syncEmployee("h1")));

    List<String> bodies = server.findAll(postRequestedFor(urlEqualTo("/hr-integrations/7/sync")))
        .stream().map(r -> r.getBodyAsString()).toList();
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(1)).isEqualTo(bodies.get(0)).contains("\"syncId\":\"sync-42\"");
  }

  @Test
  void anEmptySuccessBodyIsAnUnexpectedResponse() {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(200)));

    UnexpectedResponseException error =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client().getEmployee(1));

    assertThat(error.getMessage()).contains("empty response body");
    server.verify(1, getRequestedFor(urlEqualTo("/employees/1")));
  }

  @Test
  void aMalformedJsonBodyIsAnUnexpectedResponseThatKeepsTheBody() {
    server.stubFor(get("/employees/1").willReturn(okJson("{\"data\": {\"id\": 1,")));

    UnexpectedResponseException error =
        catchThrowableOfType(UnexpectedResponseException.class, () -> client().getEmployee(1));

    assertThat(error.getMessage()).contains("not the expected JSON");
    assertThat(error.responseBody()).isEqualTo("{\"data\": {\"id\": 1,");
  }

  @Test
  void theCallDeadlineBoundsAllBackoffs() {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "40")));

    ApiTimeoutException error = catchThrowableOfType(ApiTimeoutException.class, () -> builder()
        .callTimeout(Duration.ofSeconds(100)).build().getEmployee(1));

    assertThat(error.getMessage()).contains("call deadline of PT1M40S would pass before retry 3");
    assertThat(error.getCause()).isInstanceOf(ServerException.class);
    server.verify(3, getRequestedFor(urlEqualTo("/employees/1")));
    assertThat(clock.totalWaited()).isEqualTo(Duration.ofSeconds(80));
  }

  @Test
  void aSlowServerTimesOutEachAttemptAndTheCallEndsAsATimeout() {
    server.stubFor(get("/employees/1").willReturn(okJson(single(employee(1, "h")))
        .withFixedDelay(2_000)));

    ApiTimeoutException error = catchThrowableOfType(ApiTimeoutException.class, () -> builder()
        .attemptTimeout(Duration.ofMillis(150)).retryPolicy(RetryPolicy.builder().maxAttempts(2)
            .build()).build().getEmployee(1));

    assertThat(error.getMessage()).contains("attempt timed out after PT0.15S");
    server.verify(2, getRequestedFor(urlEqualTo("/employees/1")));
  }
}
