package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.testing.HostileServer;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One user the server sends past the reading limits (custom fields nested 995 deep, or a million
 * of them) is left out of the plan with a warning, and the rest of the plan applies: it neither
 * fails the listing nor the plan's fingerprint, text or JSON.
 */
class OversizedRecordTest {

  private static String user(String id, String externalId, String firstName, String custom) {
    return "{\"id\":\"" + id + "\",\"externalId\":\"" + externalId + "\",\"firstName\":\""
        + firstName + "\",\"lastName\":\"Doe\",\"email\":\"" + externalId
        + "@example.com\",\"isActive\":true,\"customFields\":" + custom + "}";
  }

  private static String nested(int depth) {
    return "[{\"deep\":" + "[".repeat(depth) + "1" + "]".repeat(depth) + "}]";
  }

  private static String many(int count) {
    StringBuilder fields = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      fields.append(i == 0 ? "" : ",").append("{\"f\":").append(i % 10).append('}');
    }
    return fields.append(']').toString();
  }

  /** An HR Feed listing the given users on one page; every PATCH succeeds. */
  private static HostileServer hrFeed(String... users) throws Exception {
    String page = "{\"items\":[" + String.join(",", users) + "],\"page\":0,\"limit\":100,"
        + "\"hasMore\":false}";
    return new HostileServer((request, out) -> HostileServer.write(out, 200, "application/json",
        request.method().equals("GET") ? page : "{\"id\":\"2\"}"));
  }

  private static HrFeedSync sync(HostileServer server) {
    return new HrFeedSync(HrFeedClient.builder().baseUrl(server.baseUrl())
        .token(Secret.of("token-1234567890")).build(),
        PlanOptions.defaults().withClock(TestClock.CLOCK));
  }

  private static Roster roster() {
    return Roster.of(List.of(
        SourceEmployee.builder("E1", "Renamed", "Doe", "E1@example.com").build(),
        SourceEmployee.builder("E2", "Renamed", "Doe", "E2@example.com").build()));
  }

  @Test
  void aUserNested995DeepIsLeftAloneWithAWarningAndTheOtherUserIsApplied() throws Exception {
    try (HostileServer server = hrFeed(user("1", "E1", "Old", nested(995)),
        user("2", "E2", "Old", "[{\"costCenter\":\"CC-1\"}]"))) {
      HrFeedSync sync = sync(server);

      HrFeedPlan plan = sync.plan(roster());
      StringWriter json = new StringWriter();
      plan.writeJson(json);
      ApplyReport report = sync.apply(plan, Approvals.none());

      assertThat(plan.operations()).singleElement()
          .satisfies(op -> assertThat(op.externalId()).isEqualTo("E2"));
      assertThat(plan.warnings()).containsExactly("user 1 (E1) left alone: its custom fields "
          + "were not read (nested deeper than 32 levels)");
      assertThat(plan.fingerprint()).hasSize(12);
      assertThat(plan.render()).contains("~ update E2");
      assertThat(HrFeedPlan.fromJson(json.toString())).isEqualTo(plan);
      assertThat(report.complete()).isTrue();
      assertThat(server.requests()).filteredOn(r -> r.method().equals("PATCH"))
          .singleElement().satisfies(r -> assertThat(r.target()).endsWith("/users/2"));
    }
  }

  @Test
  void aMillionCustomFieldsAreSkippedKeepingNothingAndTheUserIsNeitherChangedNorCreated()
      throws Exception {
    try (HostileServer server = hrFeed(user("1", "E1", "Old", many(1_000_000)),
        user("2", "E2", "Old", "[]"))) {
      HrFeedClient client = HrFeedClient.builder().baseUrl(server.baseUrl())
          .token(Secret.of("token-1234567890")).build();

      List<User> users = client.listUsers().stream().toList();
      HrFeedPlan plan = sync(server).plan(roster());

      assertThat(users).hasSize(2);
      assertThat(users.get(0).customFields().isUnreadable()).isTrue();
      assertThat(users.get(0).customFields().why()).isEqualTo("more than 10000 values");
      assertThat(users.get(1).firstName()).isEqualTo("Old");
      assertThat(plan.operations()).extracting(PlannedOperation::externalId)
          .containsExactly("E2");
    }
  }
}
