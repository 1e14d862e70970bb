package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.testing.HostileServer;
import io.github.hrsync.testing.LogCapture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes the client's own token back as data (a user's id, name or externalId)
 * cannot make the SDK print it: not in an exception's message, path or context, not in a log
 * record, a plan warning or a stale-plan message.
 */
class EchoedSecretTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlY2hvIn0.c2lnbmF0dXJlLXNlY3JldA";

  private static String user(String id, String externalId, String firstName) {
    return "{\"id\":\"" + id + "\",\"externalId\":\"" + externalId + "\",\"firstName\":\""
        + firstName + "\",\"lastName\":\"Doe\",\"email\":\"" + externalId.length()
        + "a@example.com\",\"isActive\":true}";
  }

  /** An HR Feed whose listing is {@code users}; every change is answered 503. */
  private static HostileServer hrFeed(AtomicReference<String> users) throws Exception {
    return new HostileServer((request, out) -> {
      if (request.method().equals("GET")) {
        HostileServer.write(out, 200, "application/json", "{\"items\":[" + users.get()
            + "],\"page\":0,\"limit\":100,\"hasMore\":false}");
      } else {
        HostileServer.write(out, 503, "application/json", "{\"error\":\"busy\"}");
      }
    });
  }

  private static HrFeedSync sync(HostileServer server) {
    HrFeedClient client = HrFeedClient.builder().baseUrl(server.baseUrl())
        .token(Secret.of(TOKEN)).build();
    return new HrFeedSync(client, PlanOptions.defaults().withClock(TestClock.CLOCK));
  }

  private static Roster roster() {
    return Roster.of(java.util.List.of(
        SourceEmployee.builder("E1", "Ann", "Doe", "2a@example.com").build()));
  }

  @Test
  void aUserWhoseIdIsTheTokenFailsItsUpdateWithoutTheTokenInMessagePathContextOrLogs()
      throws Exception {
    AtomicReference<String> users = new AtomicReference<>(user(TOKEN, "E1", "Old"));
    try (HostileServer server = hrFeed(users); LogCapture log = new LogCapture()) {
      HrFeedSync sync = sync(server);
      HrFeedPlan plan = sync.plan(roster());

      ApplyReport report = sync.apply(plan, Approvals.none());

      assertThat(report.failures()).hasSize(1);
      assertThat(report.failures().get(0).error()).doesNotContain(TOKEN).contains("[redacted]");
      assertThat(log.text()).contains("PATCH /users/[redacted]").doesNotContain(TOKEN);
      ApiException direct = catchThrowableOfType(ApiException.class, () -> HrFeedClient.builder()
          .baseUrl(server.baseUrl()).token(Secret.of(TOKEN)).build()
          .deleteUser(TOKEN));
      assertThat(direct.getMessage()).doesNotContain(TOKEN);
      assertThat(direct.path()).isEqualTo("/users/[redacted]");
      assertThat(direct.context().toString()).doesNotContain(TOKEN);
    }
  }

  @Test
  void aTokenEchoedAsAnExternalIdStaysOutOfThePlansWarnings() throws Exception {
    AtomicReference<String> users = new AtomicReference<>(user("u1", TOKEN, "Ann") + ","
        + user("u2", TOKEN, "Bob"));
    try (HostileServer server = hrFeed(users)) {
      HrFeedPlan plan = sync(server).plan(roster());

      assertThat(plan.warnings()).hasSize(1);
      assertThat(plan.warnings().get(0)).contains("share externalId '[redacted]'")
          .doesNotContain(TOKEN);
    }
  }

  @Test
  void aTokenEchoedAsAFirstNameStaysOutOfTheStalePlanMessage() throws Exception {
    AtomicReference<String> users = new AtomicReference<>(user("u1", "E1", "Old"));
    try (HostileServer server = hrFeed(users)) {
      HrFeedSync sync = sync(server);
      HrFeedPlan plan = sync.plan(roster());
      users.set(user("u1", "E1", TOKEN));

      StalePlanException stale = catchThrowableOfType(StalePlanException.class,
          () -> sync.apply(plan, Approvals.none()));

      assertThat(stale.getMessage()).doesNotContain(TOKEN)
          .contains("update E1: firstName changed since the plan");
    }
  }
}
