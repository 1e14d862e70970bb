package io.github.hrsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension as the README uses it: a fresh sandbox per test, handed over as a parameter. */
@ExtendWith(SandboxExtension.class)
class SandboxExtensionTest {
  /** A response: status and body. */
  private record Answer(int statusCode, String body) {}

  private static Answer get(URI base, String path, String authorization) throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(base + path).toURL().openConnection();
    connection.setRequestProperty("Authorization", authorization);
    int status = connection.getResponseCode();
    InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    try (body) {
      return new Answer(status, new String(body.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      connection.disconnect();
    }
  }

  private static String basic(String id, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret)
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTestGetsARunningSandboxThatAnswersWithTheDocumentedCredentialsOnly(Sandbox sandbox)
      throws Exception {
    sandbox.jobTicket().seed("E1", "Anna", "Andersson", "anna@example.com", null);

    Answer listed = get(sandbox.jobTicketUrl(), "/employees",
        basic(Sandbox.JOBTICKET_KEY_ID, Sandbox.JOBTICKET_KEY_SECRET));
    Answer refused = get(sandbox.jobTicketUrl(), "/employees",
        basic(Sandbox.JOBTICKET_KEY_ID, "wrong"));

    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains("anna@example.com");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(sandbox.jobTicket().employees()).singleElement()
        .satisfies(employee -> assertThat(employee.get("email")).isEqualTo("anna@example.com"));
  }

  @Test
  void everyTestStartsWithEmptyStoresOnItsOwnPort(Sandbox sandbox) {
    assertThat(sandbox.jobTicket().employees()).isEmpty();
    assertThat(sandbox.hrFeed().users()).isEmpty();
    assertThat(sandbox.jobTicketUrl().getHost()).isEqualTo("127.0.0.1");

    String id = sandbox.hrFeed().seed(java.util.Map.of("externalId", "E1", "firstName", "Anna",
        "lastName", "Andersson", "email", "anna@example.com"));

    assertThat(sandbox.hrFeed().users()).singleElement()
        .satisfies(user -> assertThat(user).containsEntry("id", id)
            .containsEntry("externalId", "E1").containsEntry("email", "anna@example.com"));
  }

  @Test
  void virtualTimeMovesOnlyForwardAndRecordsEveryWait() {
    VirtualClock clock = new VirtualClock();
    Instant start = clock.instant();

    clock.sleepUntil(start.plusSeconds(60));
    clock.sleepUntil(start.plusSeconds(30)); // already passed: no wait, no step back
    clock.advance(Duration.ofSeconds(5));

    assertThat(clock.instant()).isEqualTo(start.plusSeconds(65));
    assertThat(clock.waits()).containsExactly(Duration.ofSeconds(60));
    assertThat(clock.totalWaited()).isEqualTo(Duration.ofSeconds(60));
  }
}
