package io.github.hrsync.jobticket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SecretRedactionTest extends JobTicketTestSupport {

  @Test
  void clientToStringNamesTheKeyIdButNeverTheSecret() {
    String text = client().toString();

    assertThat(text).contains(KEY_ID).doesNotContain(KEY_SECRET).doesNotContain(BASIC);
  }

  @Test
  void aServerEchoingTheCredentialsNeverGetsThemIntoExceptionsOrLogs() {
    server.stubFor(get("/employees/1").willReturn(aResponse().withStatus(401)
        .withHeader("X-Request-Id", KEY_SECRET)
        .withBody("{\"message\":\"bad secret " + KEY_SECRET + "\",\"header\":\"" + BASIC + "\"}")));
    server.stubFor(get("/employees/2").willReturn(aResponse().withStatus(503)));
    server.stubFor(get("/employees/3").willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(get("/employees/4").willReturn(aResponse().withStatus(200)
        .withBody("<html>session " + KEY_SECRET + "</html>")));

    try (LogCapture logs = new LogCapture()) {
      JobTicketClient client = client();
      for (long id = 1; id <= 4; id++) {
        long employee = id;
        ApiException error = (ApiException) catchThrowable(() -> client.getEmployee(employee));

        assertThat(everythingShownOf(error)).doesNotContain(KEY_SECRET)
            .doesNotContain(BASIC.substring("Basic ".length()));
      }
      ApiException echoed = (ApiException) catchThrowable(() -> client.getEmployee(1));
      assertThat(echoed.serverMessage()).isEqualTo("bad secret [redacted]");
      ApiException unreadable = (ApiException) catchThrowable(() -> client.getEmployee(4));
      assertThat(unreadable.responseBody()).isEqualTo("<html>session [redacted]</html>");
      assertThat(logs.lines()).isNotEmpty();
      assertThat(logs.text()).doesNotContain(KEY_SECRET)
          .doesNotContain(BASIC.substring("Basic ".length()));
    }
  }

  private static String everythingShownOf(ApiException error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace + "|" + error.context() + "|" + error.getMessage();
  }
}
