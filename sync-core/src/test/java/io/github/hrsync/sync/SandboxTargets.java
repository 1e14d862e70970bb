package io.github.hrsync.sync;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.time.Clock;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The sandbox of both APIs with a client of each, and the people the sync tests use: employee
 * {@code i} is {@code E<i>}, {@code First<i> Last<i>}, {@code e<i>@example.com}.
 */
final class SandboxTargets implements AutoCloseable {
  final Sandbox sandbox;
  final JobTicketClient jobTicket;
  final HrFeedClient hrFeed;

  SandboxTargets() {
    this(Clock.systemUTC());
  }

  /** @param clock the sandbox's clock (JobTicket's rate window and "today") */
  SandboxTargets(Clock clock) {
    sandbox = Sandbox.start(SandboxFaults.none(), clock);
    jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
    hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
  }

  /** @return employees {@code from} to {@code to}, both included */
  static Roster roster(int from, int to) {
    return Roster.of(IntStream.rangeClosed(from, to).mapToObj(i -> SourceEmployee.builder(
        "E" + i, "First" + i, "Last" + i, "e" + i + "@example.com").build()).toList());
  }

  /** JobTicket gets employees {@code from} to {@code to}, linked to integration 7. */
  void jobTicketHas(int from, int to) {
    jobTicketHas(sandbox, from, to);
  }

  /** The HR Feed gets active users {@code from} to {@code to}, with their externalIds. */
  void hrFeedHas(int from, int to) {
    hrFeedHas(sandbox, from, to);
  }

  /** {@code sandbox}'s JobTicket gets employees {@code from} to {@code to}, linked to 7. */
  static void jobTicketHas(Sandbox sandbox, int from, int to) {
    IntStream.rangeClosed(from, to).forEach(i -> sandbox.jobTicket().seed("E" + i,
        "First" + i, "Last" + i, "e" + i + "@example.com", null));
  }

  /** {@code sandbox}'s HR Feed gets active users {@code from} to {@code to}. */
  static void hrFeedHas(Sandbox sandbox, int from, int to) {
    IntStream.rangeClosed(from, to).forEach(i -> sandbox.hrFeed().seed(Map.of("externalId",
        "E" + i, "firstName", "First" + i, "lastName", "Last" + i, "email",
        "e" + i + "@example.com", "isActive", true)));
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
