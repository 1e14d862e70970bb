package io.github.hrsync.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.core.error.ServerException;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.testing.HostileServer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server cannot make the client hold more than the cap of a body in memory. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportSizeCapTest {
  private static final com.fasterxml.jackson.core.type.TypeReference<JsonNode> JSON =
      new com.fasterxml.jackson.core.type.TypeReference<>() {};

  @Test
  void aDeclaredBodyOverTheCapIsRefusedBeforeItIsRead() throws Exception {
    try (HostileServer server = new HostileServer((request, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
          + 200_000_000 + "\r\n\r\n[").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread.sleep(Long.MAX_VALUE);
    })) {
      HttpTransport transport = new TransportFixture().transport(server.baseUrl().toString());

      assertThatThrownBy(() -> transport.json(TransportFixture.get("/users"), JSON))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("larger than maxResponseBytes (16777216 bytes)");
      assertThat(server.requests()).hasSize(1); // not retried
    }
  }

  @Test
  void aNeverEndingChunkedBodyIsCutAtTheCapAndTheConnectionDropped() throws Exception {
    AtomicInteger megabytesSent = new AtomicInteger(-1);
    try (HostileServer server = new HostileServer(HostileServer.flood(200, megabytesSent))) {
      HttpTransport transport = new TransportFixture().maxResponseBytes(1 << 20)
          .transport(server.baseUrl().toString());

      assertThatThrownBy(() -> transport.json(TransportFixture.get("/users"), JSON))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("larger than maxResponseBytes (1048576 bytes)");
      while (megabytesSent.get() < 0) {
        Thread.onSpinWait(); // the server's writes fail once the client drops the connection
      }
      assertThat(megabytesSent.get()).isLessThan(1024);
    }
  }

  @Test
  void aNeverEndingErrorBodyKeepsOnlyItsStart() throws Exception {
    AtomicInteger megabytesSent = new AtomicInteger(-1);
    try (HostileServer server = new HostileServer(HostileServer.flood(500, megabytesSent))) {
      HttpTransport transport = new TransportFixture()
          .retryPolicy(io.github.hrsync.core.RetryPolicy.none())
          .transport(server.baseUrl().toString());

      assertThatThrownBy(() -> transport.send(TransportFixture.get("/users")))
          .isInstanceOfSatisfying(ServerException.class, e ->
              assertThat(e.responseBody()).hasSize(ResponseErrors.BODY_LIMIT + 3));
    }
  }

  @Test
  void aRedirectIsNeverFollowedSoTheCredentialsStayAtTheOrigin() throws Exception {
    try (HostileServer elsewhere = new HostileServer(HostileServer.respond(200,
        "application/json", "{}"));
        HostileServer origin = new HostileServer((request, out) -> write302(out,
            elsewhere.baseUrl() + "/steal"))) {
      HttpTransport transport = new TransportFixture().transport(origin.baseUrl().toString());

      assertThatThrownBy(() -> transport.json(TransportFixture.get("/users"), JSON))
          .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("302");
      assertThat(elsewhere.requests()).isEmpty();
    }
  }

  @Test
  void aSuppliedHttpClientThatFollowsRedirectsIsRefusedAtBuild() {
    java.net.http.HttpClient following = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();

    assertThatThrownBy(() -> new TransportFixture().httpClient(following)
        .transport("http://127.0.0.1:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("follows redirects (NORMAL)")
        .hasMessageContaining("followRedirects(HttpClient.Redirect.NEVER)");
  }

  private static void write302(OutputStream out, String location) throws java.io.IOException {
    out.write(("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
