package io.github.hrsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.testkit.Sandbox;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Mistakes a new user makes in a nightly job, each reported before any write with its fix. */
class ErrorsThatNameTheFixTest {
  private final SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"));

  @AfterEach
  void stop() {
    world.close();
  }

  private static String failure(SyncPlan plan, Target target) {
    return plan.parts().stream().filter(part -> part.target() == target).findFirst()
        .orElseThrow().failure();
  }

  @Test
  void anUnknownIntegrationFailsAtPlanNamingTheIdAndHowToListIntegrations() {
    SandboxTargets.jobTicketHas(world.sandbox, 1, 5);
    RosterSync sync = world.sync().jobTicket(world.jobTicket, 99).build();

    SyncPlan plan = sync.plan(SandboxTargets.roster(1, 5));

    assertThat(failure(plan, Target.JOBTICKET)).isEqualTo("JobTicket at "
        + world.sandbox.jobTicketUrl() + " has no HR integration 99 for this API key (it sees "
        + "7); list them with JobTicketClient.listHrIntegrations(ListOptions.defaults()) and "
        + "configure one of their ids");
    assertThat(world.sandbox.jobTicket().syncIds()).isEmpty();
  }

  @Test
  void aHostNobodyListensOnIsNamedWithItsBaseUrl() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    HrFeedClient nowhere = HrFeedClient.builder().baseUrl("http://127.0.0.1:" + closed
        + "/api/v2/hr-feed").token(Secret.of(Sandbox.HR_FEED_TOKEN))
        .retryPolicy(io.github.hrsync.core.RetryPolicy.none()).build();

    SyncPlan plan = RosterSync.builder().hrFeed(nowhere).build()
        .plan(SandboxTargets.roster(1, 5));

    assertThat(failure(plan, Target.HR_FEED)).isEqualTo("GET /users failed: could not reach "
        + "127.0.0.1:" + closed + " (base URL http://127.0.0.1:" + closed + "/api/v2/hr-feed): "
        + "ConnectException; check the base URL and the network");
  }

  @Test
  void aWrongBasePathSaysToCheckTheBaseUrl() {
    JobTicketClient wrong = JobTicketClient.builder()
        .baseUrl(world.sandbox.jobTicketUrl() + "/v2")
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();

    SyncPlan plan = RosterSync.builder().jobTicket(wrong, 7).build()
        .plan(SandboxTargets.roster(1, 5));

    assertThat(failure(plan, Target.JOBTICKET)).startsWith("GET /hr-integrations failed: "
        + "404 Not Found: " + world.sandbox.jobTicketUrl() + "/v2 has no /hr-integrations; "
        + "check the base URL");
    SyncPlan listing = RosterSync.builder().hrFeed(HrFeedClient.builder()
            .baseUrl(world.sandbox.hrFeedUrl() + "/v3").token(Secret.of(Sandbox.HR_FEED_TOKEN))
            .build()).build().plan(SandboxTargets.roster(1, 5));
    assertThat(failure(listing, Target.HR_FEED)).startsWith("GET /users failed: 404 Not Found: "
        + world.sandbox.hrFeedUrl() + "/v3 has no /users; check the base URL");
  }

  @Test
  void anEmptyRosterSaysTheRosterIsEmpty() {
    RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();

    SyncPlan plan = sync.plan(Roster.of(List.of()));

    assertThat(plan.parts()).allSatisfy(part -> assertThat(part.verdict().refusal())
        .startsWith("refusing an empty roster: the roster has no rows (check that the export "
            + "was read whole)"));
  }
}
