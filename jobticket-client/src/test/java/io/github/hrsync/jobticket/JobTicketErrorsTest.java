package io.github.hrsync.jobticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.AuthenticationException;
import io.github.hrsync.core.error.BadRequestException;
import io.github.hrsync.core.error.ConflictException;
import io.github.hrsync.core.error.FieldError;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.core.error.ServerException;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.core.error.UnprocessableEntityException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobTicketErrorsTest extends JobTicketTestSupport {

  static Stream<Arguments> documentedStatuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(418, UnexpectedResponseException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("documentedStatuses")
  void eachStatusBecomesItsTypedExceptionAfterExactlyOneRequest(int status,
      Class<? extends ApiException> type) throws Exception {
    server.stubFor(get("/employees/42").willReturn(aResponse().withStatus(status)
        .withHeader("X-Request-Id", "req-" + status)
        .withBody("{\"message\":\"reason " + status + "\"}")));

    ApiException error = catchThrowableOfType(type, () -> client().getEmployee(42));

    assertThat(error.statusCode()).isEqualTo(status);
    assertThat(error.method()).isEqualTo("GET");
    assertThat(error.path()).isEqualTo("/employees/42");
    assertThat(error.requestId()).isEqualTo("req-" + status);
    assertThat(error.serverMessage()).isEqualTo("reason " + status);
    assertThat(error.responseBody()).isEqualTo("{\"message\":\"reason " + status + "\"}");
    assertThat(error.getMessage()).startsWith("GET /employees/42 failed: " + status)
        .contains("reason " + status).endsWith("(request id req-" + status + ")");
    server.verify(1, getRequestedFor(urlEqualTo("/employees/42")));
  }

  @Test
  void unprocessableSyncCarriesTheFieldLevelDetails() throws Exception {
    server.stubFor(post("/hr-integrations/7/sync").willReturn(aResponse().withStatus(422)
        .withBody("{\"message\":\"Invalid roster\",\"errors\":[{\"field\":"
            + "\"employees[0].email\",\"message\":\"must be a valid e-mail\"}]}")));

    UnprocessableEntityException error = catchThrowableOfType(UnprocessableEntityException.class,
        () -> client().triggerSync(7, "s1", List.of(syncEmployee("h1"))));

    assertThat(error.fieldErrors())
        .containsExactly(new FieldError("employees[0].email", "must be a valid e-mail"));
    assertThat(error.getMessage()).contains("employees[0].email: must be a valid e-mail");
    server.verify(1, postRequestedFor(urlEqualTo("/hr-integrations/7/sync")));
  }

  @Test
  void tooLargeErrorBodiesAreCutShort() throws Exception {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(400)
        .withBody("x".repeat(50_000))));

    BadRequestException error =
        catchThrowableOfType(BadRequestException.class, () -> client().getEmployee(1));

    assertThat(error.responseBody()).hasSize(2048 + 3).endsWith("...");
  }

  @Test
  void a429LocksTheCredentialForFiveMinutesAndLaterCallsFailWithoutARequest() throws Exception {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "60")));
    JobTicketClient client = client();

    RateLimitException first =
        catchThrowableOfType(RateLimitException.class, () -> client.getEmployee(1));
    clock.advance(Duration.ofMinutes(4));
    RateLimitException second =
        catchThrowableOfType(RateLimitException.class, () -> client.listEmployees().iterator()
            .hasNext());

    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.lockedUntil()).isEqualTo(clock.instant().minus(Duration.ofMinutes(4))
        .plus(Duration.ofMinutes(5)));
    assertThat(second.statusCode()).isZero();
    assertThat(second.lockedUntil()).isEqualTo(first.lockedUntil());
    assertThat(second.retryAfter(clock.instant())).isEqualTo(Duration.ofMinutes(1));
    assertThat(second.getMessage()).contains("locked out");
    assertThat(server.getAllServeEvents()).hasSize(1);

    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(200)
        .withBody(single(employee(1, "h1")))));
    clock.advance(Duration.ofMinutes(1));
    assertThat(client.getEmployee(1).id()).isEqualTo(1);
  }

  @Test
  void aLongerRetryAfterOnA429ExtendsTheLockOut() throws Exception {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "900")));

    RateLimitException error =
        catchThrowableOfType(RateLimitException.class, () -> client().getEmployee(1));

    assertThat(error.lockedUntil()).isEqualTo(clock.instant().plusSeconds(900));
  }

  @Test
  void aFractionalEmployeeIdIsRefusedNotCutDownToAnotherEmployee() {
    server.stubFor(get("/employees/4").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":4.7,\"firstName\":\"A\",\"lastName\":\"B\"}}")));

    UnexpectedResponseException error = catchThrowableOfType(
        UnexpectedResponseException.class, () -> client().getEmployee(4));

    assertThat(error.getMessage()).contains("$.data.id");
  }
}
