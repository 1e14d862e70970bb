package io.github.hrsync.reader;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.testkit.JobTicketSandbox;
import io.github.hrsync.testkit.Sandbox;

/** The one sync of both targets of a sandbox, as an application builds it. */
final class SandboxSync {
  private SandboxSync() {}

  static RosterSync of(Sandbox sandbox) {
    return RosterSync.builder()
        .jobTicket(JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
            .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET))
            .build(), JobTicketSandbox.INTEGRATION_ID)
        .hrFeed(HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
            .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build())
        .build();
  }
}
