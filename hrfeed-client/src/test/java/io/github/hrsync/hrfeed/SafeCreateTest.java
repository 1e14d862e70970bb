package io.github.hrsync.hrfeed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hrsync.core.error.ConflictException;
import io.github.hrsync.core.error.OutcomeUnknownException;
import org.junit.jupiter.api.Test;

class SafeCreateTest extends HrFeedTestSupport {
  private static final NewUser ANNA =
      NewUser.builder("Anna", "Andersson", "anna@example.com").externalId("EMP-1").build();
  private static final String CREATED = user("900", "EMP-1", "anna@example.com");

  /**
   * The server stores the user, then the connection is reset before the answer arrives: the
   * create's outcome is unknown to the client, and from then on the user exists.
   */
  private void createdButAnswerLost(ResponseDefinitionBuilder lostAnswer) {
    server.stubFor(post(PREFIX + "/users").inScenario("store").whenScenarioStateIs(STARTED)
        .willReturn(lostAnswer).willSetStateTo("stored"));
    server.stubFor(post(PREFIX + "/users").inScenario("store").whenScenarioStateIs("stored")
        .willReturn(aResponse().withStatus(201).withBody(user("901", "EMP-1", "dup@x"))));
    server.stubFor(get(PREFIX + "/users/external/EMP-1").inScenario("store")
        .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(404)));
    server.stubFor(get(PREFIX + "/users/external/EMP-1").inScenario("store")
        .whenScenarioStateIs("stored").willReturn(aResponse().withStatus(200).withBody(CREATED)));
  }

  @Test
  void aResetAfterTheServerCreatedTheUserYieldsThatUserAndNoDuplicate() {
    createdButAnswerLost(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    User user = client().createOrGetUser(ANNA);

    assertThat(user.id()).isEqualTo("900");
    server.verify(1, postRequestedFor(urlEqualTo(PREFIX + "/users")));
    server.verify(1, getRequestedFor(urlEqualTo(PREFIX + "/users/external/EMP-1")));
  }

  @Test
  void aGatewayTimeoutAfterTheServerCreatedTheUserYieldsThatUser() {
    createdButAnswerLost(aResponse().withStatus(504));

    assertThat(client().createOrGetUser(ANNA).id()).isEqualTo("900");
    server.verify(1, postRequestedFor(urlEqualTo(PREFIX + "/users")));
  }

  @Test
  void aResetBeforeTheServerStoredAnythingEndsAsOutcomeUnknownWithNoSecondPost() {
    java.time.Instant start = clock.instant();
    server.stubFor(post(PREFIX + "/users")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(get(PREFIX + "/users/external/EMP-1").willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> client().createOrGetUser(ANNA))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("POST /users failed")
        .hasMessageContaining("create of externalId EMP-1 may or may not have taken effect")
        .hasMessageContaining("4 lookup(s) by externalId found nobody; it was not sent again")
        .hasCauseInstanceOf(io.github.hrsync.core.error.ApiConnectionException.class);
    server.verify(1, postRequestedFor(urlEqualTo(PREFIX + "/users")));
    // as many lookups as the retry policy has attempts (4 by default)
    server.verify(4, getRequestedFor(urlEqualTo(PREFIX + "/users/external/EMP-1")));
    assertThat(clock.instant()).isBefore(start.plus(java.time.Duration.ofMinutes(2)));
  }

  @Test
  void aCreateSlowerThanTheAttemptTimeoutIsFoundByALaterLookupNotPostedTwice() {
    server.stubFor(post(PREFIX + "/users").willReturn(aResponse().withStatus(201)
        .withBody(CREATED).withFixedDelay(1_000)));
    server.stubFor(get(PREFIX + "/users/external/EMP-1").inScenario("slow")
        .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(404))
        .willSetStateTo("one miss"));
    server.stubFor(get(PREFIX + "/users/external/EMP-1").inScenario("slow")
        .whenScenarioStateIs("one miss").willReturn(aResponse().withStatus(404))
        .willSetStateTo("created"));
    server.stubFor(get(PREFIX + "/users/external/EMP-1").inScenario("slow")
        .whenScenarioStateIs("created").willReturn(aResponse().withBody(CREATED)));

    User user = builder().attemptTimeout(java.time.Duration.ofMillis(200)).build()
        .createOrGetUser(ANNA);

    assertThat(user.id()).isEqualTo("900");
    server.verify(1, postRequestedFor(urlEqualTo(PREFIX + "/users")));
    server.verify(3, getRequestedFor(urlEqualTo(PREFIX + "/users/external/EMP-1")));
  }

  @Test
  void aDeleteRetriedAfterALostAnswerCountsA404AsDeletedButAFirst404Throws() {
    server.stubFor(delete(PREFIX + "/users/7").inScenario("d").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("deleted"));
    server.stubFor(delete(PREFIX + "/users/7").inScenario("d").whenScenarioStateIs("deleted")
        .willReturn(aResponse().withStatus(404)));
    server.stubFor(delete(PREFIX + "/users/8").willReturn(aResponse().withStatus(404)));
    server.stubFor(delete(PREFIX + "/users/9").inScenario("e").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("deleted"));
    server.stubFor(delete(PREFIX + "/users/9").inScenario("e").whenScenarioStateIs("deleted")
        .willReturn(aResponse().withStatus(404)));

    client().deleteUser("7");
    client().deleteUser("9");
    assertThatThrownBy(() -> client().deleteUser("8"))
        .isInstanceOf(io.github.hrsync.core.error.NotFoundException.class);
    server.verify(2, deleteRequestedFor(urlEqualTo(PREFIX + "/users/7")));
    server.verify(2, deleteRequestedFor(urlEqualTo(PREFIX + "/users/9")));
  }

  @Test
  void aConflictReturnsTheExistingUserOrIsThrownWhenNobodyHasTheExternalId() {
    server.stubFor(post(PREFIX + "/users").willReturn(aResponse().withStatus(409)
        .withBody("{\"error\":\"duplicate\"}")));
    server.stubFor(get(PREFIX + "/users/external/EMP-1").willReturn(aResponse().withBody(CREATED)));
    server.stubFor(get(PREFIX + "/users/external/EMP-2").willReturn(aResponse().withStatus(404)));

    assertThat(client().createOrGetUser(ANNA).id()).isEqualTo("900");
    assertThatThrownBy(() -> client().createOrGetUser(
        NewUser.builder("B", "C", "anna@example.com").externalId("EMP-2").build()))
        .isInstanceOf(ConflictException.class);
    server.verify(2, postRequestedFor(urlEqualTo(PREFIX + "/users")));
  }

  @Test
  void safeCreateNeedsAnExternalId() {
    assertThatThrownBy(() -> client().createOrGetUser(NewUser.builder("A", "B", "a@b.se").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an externalId");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
