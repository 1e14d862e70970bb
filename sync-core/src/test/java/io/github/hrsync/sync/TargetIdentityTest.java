package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.testkit.Sandbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One canonical identity per target: two spellings of one base URL are one target (one
 * fingerprint, one history of the guard across runs); two hosts are two, though JobTicket's own
 * cancellation dates still show what was removed through the other. (Two JobTicket
 * integrations are two as well: {@code IntegrationCheckTest}.)
 */
class TargetIdentityTest extends NightlyWorldTest {
  /** A sync of both targets through clients whose base URLs are spelled by {@code spell}. */
  private RosterSync syncAt(java.util.function.UnaryOperator<String> spell) {
    Sleeper sleeper = Sleeper.virtual(world.clock, world.clock::sleepUntil);
    JobTicketClient jobTicket = JobTicketClient.builder()
        .baseUrl(spell.apply(world.sandbox.jobTicketUrl().toString())).clock(world.clock)
        .sleeper(sleeper)
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
    HrFeedClient hrFeed = HrFeedClient.builder()
        .baseUrl(spell.apply(world.sandbox.hrFeedUrl().toString())).clock(world.clock)
        .sleeper(sleeper).token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
    return world.sync().runLog(FileRunLog.open(dir)).jobTicket(jobTicket, 7).hrFeed(hrFeed)
        .build();
  }

  /** {@code HTTP://127.0.0.1:port/api/v2/hr-feed/}: scheme in upper case, a trailing slash. */
  private static String shouted(String url) {
    return url.replace("http://", "HTTP://") + "/";
  }

  /** {@code http://127.0.0.1:port/api//v2/./hr-feed}: a doubled slash and a dot segment. */
  private static String untidy(String url) {
    int path = url.indexOf('/', "http://".length());
    return url.substring(0, path) + "/." + url.substring(path).replaceFirst("/", "//");
  }

  private static String localhost(String url) {
    return url.replace("127.0.0.1", "localhost");
  }

  private SyncReport night(RosterSync sync, int from) {
    world.clock.advance(Duration.ofDays(1));
    return sync.apply(sync.plan(SandboxTargets.roster(from, 100)), Approvals.none());
  }

  private static List<Status> statuses(SyncReport report) {
    return report.outcomes().stream().map(TargetOutcome::status).toList();
  }

  private void bothHave100() {
    SandboxTargets.jobTicketHas(world.sandbox, 1, 100);
    SandboxTargets.hrFeedHas(world.sandbox, 1, 100);
  }

  private List<String> fingerprints(RosterSync sync) {
    SyncPlan plan = sync.plan(SandboxTargets.roster(6, 100));
    return plan.parts().stream().map(part -> part.plan().fingerprint()).toList();
  }

  /** Four nights that each remove 5 of 100, the first through {@code odd}, then alternating. */
  private void fourNights(RosterSync odd, RosterSync even) {
    for (int night = 1; night <= 4; night++) {
      assertThat(statuses(night(night % 2 == 0 ? even : odd, 1 + 5 * night)))
          .containsExactly(Status.DONE, Status.DONE);
    }
  }

  @Test
  void twoSpellingsOfOneAddressHaveOneFingerprintAndOneHistory() {
    RosterSync shouting = syncAt(TargetIdentityTest::shouted);
    RosterSync untidy = syncAt(TargetIdentityTest::untidy);
    bothHave100();

    assertThat(fingerprints(shouting)).isEqualTo(fingerprints(untidy));
    fourNights(untidy, shouting);
    SyncReport fifth = night(untidy, 26);

    assertThat(statuses(fifth)).as("the four runs of either spelling are summed")
        .containsExactly(Status.REFUSED, Status.REFUSED);
    assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(80);
  }

  @Test
  void twoHostsAreTwoTargetsWithTwoHistories() {
    RosterSync loopback = syncAt(url -> url);
    RosterSync named = syncAt(TargetIdentityTest::localhost);
    bothHave100();

    assertThat(fingerprints(loopback)).doesNotContainAnyElementsOf(fingerprints(named));
    fourNights(loopback, loopback);

    SyncReport fifth = night(named, 26);

    assertThat(statuses(fifth)).as("localhost has no run history of its own yet, but the "
        + "JobTicket behind it dates its cancellations itself").containsExactly(Status.REFUSED,
        Status.DONE);
    assertThat(fifth.outcomes().get(0).message()).contains("with the 20 that JobTicket shows "
        + "cancelled in the last 30 days, by this sync or not");
  }
}
