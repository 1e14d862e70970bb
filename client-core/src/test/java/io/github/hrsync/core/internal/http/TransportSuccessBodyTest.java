package io.github.hrsync.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.testing.HostileServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A change whose documented success is 204 with no body is done only on an answer the API could
 * have given: a 2xx with an HTML page (a proxy, a captive portal) is never read as done.
 */
class TransportSuccessBodyTest {

  private static ApiRequest patch() {
    return ApiRequest.withBody("PATCH", "/users/7",
        BodySource.json("{\"mobile\":\"+4670\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        true);
  }

  private static int send(String status, String type, String body) throws Exception {
    try (HostileServer server = new HostileServer((request, out) -> {
      if (body.isEmpty()) {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Length: 0\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.flush();
      } else {
        HostileServer.write(out, Integer.parseInt(status), type, body);
      }
    })) {
      return new TransportFixture().transport(server.baseUrl().toString()).send(patch());
    }
  }

  @Test
  void aTwoHundredWithAnHtmlPageIsNotReadAsDone() {
    assertThatThrownBy(() -> send("200", "text/html; charset=utf-8",
        "<html><body>Please log in to the Wi-Fi</body></html>"))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("a 200 success with a text/html body, where the API answers 204 "
            + "with none")
        .hasMessageContaining("whether the change was made is unknown");
  }

  @Test
  void aNoContentOrAJsonBodyIsDone() throws Exception {
    assertThat(send("204", "", "")).isEqualTo(204);
    assertThat(send("200", "application/json", "{\"id\":\"7\"}")).isEqualTo(200);
    assertThat(send("200", "application/problem+json; charset=utf-8", "{}")).isEqualTo(200);
  }
}
