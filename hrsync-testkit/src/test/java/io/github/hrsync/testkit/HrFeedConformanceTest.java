package io.github.hrsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static final Map<String, String> TOKEN =
      Map.of("X-HR-Feed-Token", Sandbox.HR_FEED_TOKEN);

  private RawHttp.Answer send(String method, String path, String body) throws Exception {
    return RawHttp.send(method, sandbox.hrFeedUrl() + path, TOKEN, body);
  }

  private int patch(String path, String body) throws Exception {
    return RawHttp.patch(sandbox.hrFeedUrl() + path, TOKEN, body);
  }

  @Test
  void createUserAnInvalidEmailIs400LikeAnyInvalidField() throws Exception {
    RawHttp.Answer answer = send("POST", "/users", "{\"firstName\":\"A\",\"lastName\":\"B\","
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
