package io.github.hrsync.hrfeed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.observe.CallResult;
import io.github.hrsync.core.observe.HttpCall;
import io.github.hrsync.core.observe.RetryScheduled;
import io.github.hrsync.core.ratelimit.RateLimitWait;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What an observer hears of a client's calls: every attempt by its route template, the retry
 * between them, the server's status and request id; never the id in the path. An observer that
 * throws breaks nothing.
 */
class HrFeedObserverTest extends HrFeedTestSupport {
  private static final String USER_ID = "u-5f1c-jane.doe@example.com";

  /** Writes down every event as one line. */
  static final class Recorder implements CallObserver {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Object> payloads = new CopyOnWriteArrayList<>();

    @Override
    public void callStarted(HttpCall call) {
      payloads.add(call);
      events.add("start " + call.method() + " " + call.route() + " #" + call.attempt());
    }

    @Override
    public void callFinished(HttpCall call, CallResult result) {
      payloads.add(result);
      events.add("end " + call.route() + " #" + call.attempt() + " " + result.status() + " "
          + result.errorType() + " " + result.requestId());
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      payloads.add(retry);
      events.add("retry after #" + retry.failed().attempt() + " " + retry.reason());
    }

    @Override
    public void rateLimitWait(RateLimitWait wait) {
      payloads.add(wait);
    }
  }

  /** Throws from every hook, as a broken metrics library would. */
  static final class Throwing implements CallObserver {
    @Override
    public void callStarted(HttpCall call) {
      throw new IllegalStateException("broken observer");
    }

    @Override
    public void callFinished(HttpCall call, CallResult result) {
      throw new IllegalStateException("broken observer");
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      throw new IllegalStateException("broken observer");
    }
  }

  private void stubOneFailureThenTheUser() {
    String path = PREFIX + "/users/u-5f1c-jane.doe%40example.com";
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("X-Request-Id", "req-1"))
        .willSetStateTo("up"));
    server.stubFor(get(path).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson(user("7", "E7", "jane.doe@example.com"))
            .withHeader("X-Request-Id", "req-2")));
  }

  @Test
  void everyAttemptIsToldByItsRouteWithTheRetryBetweenAndTheServersRequestId() {
    stubOneFailureThenTheUser();
    Recorder recorder = new Recorder();

    User user = builder().observer(recorder).build().getUser(USER_ID);

    assertThat(user.externalId()).isEqualTo("E7");
    assertThat(recorder.events).containsExactly(
        "start GET /users/{id} #1",
        "end /users/{id} #1 503 503 req-1",
        "retry after #1 503",
        "start GET /users/{id} #2",
        "end /users/{id} #2 200 null req-2");
    assertThat(recorder.payloads).allSatisfy(payload ->
        assertThat(payload.toString()).doesNotContain("jane", "5f1c", JWT));
    assertThat(recorder.payloads).filteredOn(CallResult.class::isInstance)
        .allSatisfy(result -> assertThat(((CallResult) result).duration().isNegative()).isFalse());
  }

  @Test
  void anObserverThatThrowsBreaksNeitherTheCallNorTheObserversAfterIt() {
    stubOneFailureThenTheUser();
    Recorder after = new Recorder();

    User user = builder().observer(new Throwing()).observer(after).build().getUser(USER_ID);

    assertThat(user.externalId()).isEqualTo("E7");
    assertThat(after.events).hasSize(5);
  }

  @Test
  void anExternalIdIsToldAsItsOwnTemplateNotAsTheGeneralOne() {
    server.stubFor(get(PREFIX + "/users/external/E%2F9").willReturn(
        okJson(user("9", "E/9", "e9@example.com"))));
    Recorder recorder = new Recorder();

    builder().observer(recorder).build().getUserByExternalId("E/9");

    assertThat(recorder.events).first().isEqualTo("start GET /users/external/{externalId} #1");
  }
}
