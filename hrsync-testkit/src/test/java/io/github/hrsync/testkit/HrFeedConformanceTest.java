package io.github.hrsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's HR Feed against the API reference (shared/api/hrfeed-api.md), one test per
 * documented behaviour or switch, over raw HTTP.
 */
class HrFeedConformanceTest {
  private Sandbox sandbox = Sandbox.start(SandboxFaults.none());

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private void readings(SandboxReadings readings) {
    sandbox.close();
    sandbox = Sandbox.start(SandboxFaults.none(), Clock.systemUTC(), readings);
  }

  /** An answer: status and body. */
  private record Answer(int statusCode, String body) {}

  private Answer send(String method, String path, String body) throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(sandbox.hrFeedUrl() + path).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setRequestProperty("X-HR-Feed-Token", Sandbox.HR_FEED_TOKEN);
    connection.setRequestProperty("Content-Type", "application/json");
    if (!body.isEmpty()) {
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = connection.getResponseCode();
    InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    try {
      return new Answer(status, in == null ? "" : new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
    } finally {
      if (in != null) {
        in.close();
      }
      connection.disconnect();
    }
  }

  /** PATCH over a raw socket: {@link HttpURLConnection} does not send it. */
  private int patch(String path, String body) throws Exception {
    URI base = URI.create(sandbox.hrFeedUrl() + path);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("PATCH " + base.getRawPath() + " HTTP/1.1\r\nHost: " + base.getHost()
          + "\r\nX-HR-Feed-Token: " + Sandbox.HR_FEED_TOKEN + "\r\nContent-Type: "
          + "application/json\r\nContent-Length: " + bytes.length
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      String status = new String(socket.getInputStream().readNBytes(12),
          StandardCharsets.ISO_8859_1);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  @Test
  void createUserAnInvalidEmailIs400LikeAnyInvalidField() throws Exception {
    Answer answer = send("POST", "/users", "{\"firstName\":\"A\",\"lastName\":\"B\","
        + "\"email\":\"not-an-email\"}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Invalid email");
    assertThat(sandbox.hrFeed().users()).isEmpty();
  }

  @Test
  void createUserAMalformedBodyIs400() throws Exception {
    assertThat(send("POST", "/users", "{\"firstName\":").statusCode()).isEqualTo(400);
  }

  @Test
  void listUsersTakesPagesUpToTheMaximumItIsSetTo() throws Exception {
    assertThat(send("GET", "/users?page=0&limit=1000", "").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/users?page=0&limit=1001", "").statusCode()).isEqualTo(400);

    readings(SandboxReadings.defaults().withHrFeedMaxPageSize(100));
    assertThat(send("GET", "/users?page=0&limit=101", "").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownFieldsAre400UnlessTheSwitchIgnoresThem() throws Exception {
    String body = "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.example\","
        + "\"favouriteColour\":\"blue\"}";
    assertThat(send("POST", "/users", body).statusCode()).isEqualTo(400);

    readings(SandboxReadings.defaults().withHrFeedRejectsUnknownFields(false));
    assertThat(send("POST", "/users", body).statusCode()).isEqualTo(201);
    assertThat(sandbox.hrFeed().users()).singleElement()
        .satisfies(user -> assertThat(user).doesNotContainKey("favouriteColour"));
  }

  @Test
  void anEmptyPatchIs400UnlessTheSwitchTakesItAsANoOp() throws Exception {
    String id = sandbox.hrFeed().seed(Map.of("firstName", "A", "lastName", "B",
        "email", "a@b.example"));
    int strict = patch("/users/" + id, "{}");

    readings(SandboxReadings.defaults().withHrFeedRejectsEmptyPatch(false));
    String again = sandbox.hrFeed().seed(Map.of("firstName", "A", "lastName", "B",
        "email", "a@b.example"));

    assertThat(strict).isEqualTo(400);
    assertThat(patch("/users/" + again, "{}")).isEqualTo(204);
    assertThat(patch("/users/" + again, "{\"email\":\"not-an-email\"}")).isEqualTo(400);
  }
}
