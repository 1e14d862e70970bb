package io.github.hrsync.hrfeed;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.Secret;
import io.github.hrsync.testing.LogCapture;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HrFeedBuilderTest extends HrFeedTestSupport {

  @Test
  void agencyDomainBuildsTheDocumentedBaseUrl() {
    HrFeedClient client = HrFeedClient.builder().agencyDomain("travel.example.com")
        .token(Secret.of(JWT)).build();

    assertThat(client.toString())
        .contains("baseUrl=https://travel.example.com/api/v2/hr-feed,")
        .contains("600 per PT1M");
  }

  @TempDir
  Path budgets;

  @Test
  void aSharedBudgetIsNamedAfterTheHostNeverTheToken() throws IOException {
    server.stubFor(get(PREFIX + "/users/4711")
        .willReturn(okJson(user("4711", "EMP-1", "a@example.com"))));
    HrFeedClient client = builder().rateBudgetStore(FileRateBudgetStore.in(budgets)).build();

    client.getUser("4711");

    String port = Integer.toString(java.net.URI.create(baseUrl()).getPort());
    try (var files = Files.list(budgets)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .contains("hrfeed-127.0.0.1-" + port + ".budget")
          .allMatch(name -> name.startsWith("hrfeed-127.0.0.1-" + port + ".budget"));
    }
    assertThat(Files.readString(budgets.resolve("hrfeed-127.0.0.1-" + port + ".budget")))
        .doesNotContain(JWT).contains("next-slot 2");
  }

  @Test
  void badConfigurationIsRefusedWithoutEchoingTheToken() {
    assertThatThrownBy(() -> HrFeedClient.builder().agencyDomain("https://x.se/api"))
        .hasMessageContaining("no scheme or path");
    assertThatThrownBy(() -> HrFeedClient.builder().token(Secret.of("abc\r\nX-Evil: 1")))
        .hasMessage("token must be a header value: printable ASCII without white space, CR or LF");
    assertThatThrownBy(() -> HrFeedClient.builder().token(Secret.of("two words")))
        .hasMessageStartingWith("token must be a header value");
    assertThatThrownBy(() -> HrFeedClient.builder().agencyDomain("x.se").build())
        .hasMessage("the HR Feed token is not set: call "
            + "HrFeedClient.builder().token(Secret.fromEnv(\"NAME\"))");
    assertThatThrownBy(() -> HrFeedClient.builder().token(Secret.of(JWT)).build())
        .hasMessage("the HR Feed's address is not set: call "
            + "HrFeedClient.builder().agencyDomain(domain) or .baseUrl(url)");
  }

  @Test
  void anOpaqueOrPaddedTokenIsAcceptedAndSentAsGiven() {
    server.stubFor(get(PREFIX + "/users/1").willReturn(okJson(user("1", "E1", "a@x.se"))));
    String opaque = "hrf_live_9f8e7d6c5b4a3210==";

    HrFeedClient client = builder().token(Secret.of("  " + opaque + "\n")).build();
    client.getUser("1");

    server.verify(getRequestedFor(urlEqualTo(PREFIX + "/users/1"))
        .withHeader("X-HR-Feed-Token", equalTo(opaque)));
  }

  @Test
  void theJwtNeverAppearsInToStringExceptionsOrLogs() {
    server.stubFor(get(PREFIX + "/users/1").willReturn(aResponse().withStatus(403)
        .withBody("{\"error\":\"Authentication failed for token " + JWT + "\"}")));
    server.stubFor(get(PREFIX + "/users/2").willReturn(aResponse().withStatus(503)));

    try (LogCapture logs = new LogCapture()) {
      HrFeedClient client = client();
      Throwable refused = catchThrowable(() -> client.getUser("1"));
      Throwable unavailable = catchThrowable(() -> client.getUser("2"));

      assertThat(client.toString()).doesNotContain(JWT);
      assertThat(trace(refused)).doesNotContain(JWT).contains("[redacted]");
      assertThat(trace(unavailable)).doesNotContain(JWT);
      assertThat(logs.lines()).isNotEmpty();
      assertThat(logs.text()).doesNotContain(JWT);
    }
  }

  private static String trace(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString() + ((io.github.hrsync.core.error.ApiException) error).context();
  }
}
