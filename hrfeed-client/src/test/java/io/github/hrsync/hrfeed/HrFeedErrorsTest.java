package io.github.hrsync.hrfeed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hrsync.core.error.ApiConnectionException;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.error.AuthenticationException;
import io.github.hrsync.core.error.BadRequestException;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.core.error.ServerException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HrFeedErrorsTest extends HrFeedTestSupport {

  static Stream<Arguments> documentedErrors() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "Missing required field: email"),
        Arguments.of(401, AuthenticationException.class, "Token expired"),
        Arguments.of(403, PermissionDeniedException.class, "API not enabled"),
        Arguments.of(404, NotFoundException.class, "User not found"),
        Arguments.of(500, ServerException.class, "Internal server error"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("documentedErrors")
  void errorBodiesBecomeTypedExceptionsWithTheServersText(int status,
      Class<? extends ApiException> type, String text) throws Exception {
    server.stubFor(post(PREFIX + "/users").willReturn(aResponse().withStatus(status)
        .withBody("{\"error\":\"" + text + "\"}")));

    ApiException error = catchThrowableOfType(type,
        () -> client().createUser(NewUser.builder("A", "B", "a@b.se").build()));

    assertThat(error.statusCode()).isEqualTo(status);
    assertThat(error.serverMessage()).isEqualTo(text);
    assertThat(error.getMessage()).startsWith("POST /users failed: " + status).endsWith(text);
    server.verify(1, postRequestedFor(urlEqualTo(PREFIX + "/users")));
  }

  @Test
  void aPlainCreateIsNeverRepeatedAfterAnAmbiguousFailure() throws Exception {
    server.stubFor(post(PREFIX + "/users").willReturn(aResponse().withStatus(503)));

    catchThrowableOfType(ServerException.class,
        () -> client().createUser(NewUser.builder("A", "B", "a@b.se").build()));

    server.verify(1, postRequestedFor(urlEqualTo(PREFIX + "/users")));
  }

  @Test
  void aResetOnCreateIsAConnectionErrorAfterOneRequest() throws Exception {
    server.stubFor(post(PREFIX + "/users").willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));

    catchThrowableOfType(ApiConnectionException.class,
        () -> client().createUser(NewUser.builder("A", "B", "a@b.se").build()));

    server.verify(1, postRequestedFor(urlEqualTo(PREFIX + "/users")));
  }

  @Test
  void aSlowAnswerTimesOut() throws Exception {
    server.stubFor(get(PREFIX + "/users/1").willReturn(aResponse().withFixedDelay(2000)
        .withBody(user("1", "e", "a@b.se"))));

    ApiTimeoutException error = catchThrowableOfType(ApiTimeoutException.class, () -> builder()
        .attemptTimeout(Duration.ofMillis(100)).retryPolicy(
            io.github.hrsync.core.RetryPolicy.none()).build().getUser("1"));

    assertThat(error.path()).isEqualTo("/users/1");
  }

  @Test
  void a429HonoursItsRetryAfterForEveryLaterCall() throws Exception {
    server.stubFor(get(PREFIX + "/users/1").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "30")));
    HrFeedClient client = client();

    RateLimitException first = catchThrowableOfType(RateLimitException.class,
        () -> client.getUser("1"));
    RateLimitException second = catchThrowableOfType(RateLimitException.class,
        () -> client.getUser("1"));

    assertThat(first.lockedUntil()).isEqualTo(clock.instant().plusSeconds(30));
    assertThat(second.statusCode()).isZero();
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void a429WithAnUnreadableRetryAfterSaysSoInItsLogRecord() throws Exception {
    server.stubFor(get(PREFIX + "/users/1").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "soon")));

    try (io.github.hrsync.testing.LogCapture logs = new io.github.hrsync.testing.LogCapture()) {
      catchThrowableOfType(RateLimitException.class, () -> client().getUser("1"));

      assertThat(logs.text()).contains("rate limited (429); the answer says no readable end of "
          + "the lock-out").doesNotContain("until null");
    }
  }

  @Test
  void retriesAreLoggedWithTheirStatusNeverTheServersTextAboutAPerson() throws Exception {
    server.stubFor(get(PREFIX + "/users/1").willReturn(aResponse().withStatus(503)
        .withBody("{\"error\":\"anna.berg@example.com (Anna Berg, 1980-01-01) is locked\"}")));

    try (io.github.hrsync.testing.LogCapture logs = new io.github.hrsync.testing.LogCapture()) {
      catchThrowableOfType(ServerException.class, () -> builder().retryPolicy(
          io.github.hrsync.core.RetryPolicy.defaults()).build().getUser("1"));

      assertThat(logs.text()).contains("retry 1 of 3 in").contains("after: HTTP 503")
          .contains("giving up after 4 attempts: HTTP 503")
          .doesNotContain("anna.berg@example.com").doesNotContain("Anna Berg")
          .doesNotContain("1980-01-01");
    }
  }
}
