package io.github.hrsync.sync;

import io.github.hrsync.core.Secret;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.testkit.SandboxReadings;
import io.github.hrsync.testkit.VirtualClock;
import java.time.Instant;

/**
 * A sandbox of both APIs and a client of each, all on one virtual clock: waits take no time, and
 * the sandbox counts dates and rate windows as the clients do. Close it to stop the sandbox.
 */
final class SandboxWorld implements AutoCloseable {
  final VirtualClock clock;
  final Sandbox sandbox;
  final JobTicketClient jobTicket;
  final HrFeedClient hrFeed;

  SandboxWorld(Instant start) {
    this(start, SandboxReadings.defaults());
  }

  /** A world whose sandbox reads what the API documents leave open as {@code readings} say. */
  SandboxWorld(Instant start, SandboxReadings readings) {
    clock = new VirtualClock(start);
    sandbox = Sandbox.start(SandboxFaults.none(), clock, readings);
    Sleeper sleeper = Sleeper.virtual(clock, clock::sleepUntil);
    jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl()).clock(clock)
        .sleeper(sleeper)
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
    hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl()).clock(clock).sleeper(sleeper)
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
  }

  /** @return a sync builder on this world's clock */
  RosterSync.Builder sync() {
    return RosterSync.builder().clock(clock);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
