package io.github.hrsync.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.testing.ReadmeSnippets;
import io.opentelemetry.api.GlobalOpenTelemetry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Metrics and traces" snippet, compiled and built as written there. */
class ReadmeTelemetryTest {

  @Test
  void theReadmesTelemetrySnippetBuildsBothClientsAndTheSync() {
    Secret token = Secret.of("header.payload.signature");
    String keyId = "key-id";
    Secret secret = Secret.of("key-secret");

    // --- the README's code, as written ---
    HrSyncTelemetry telemetry = HrSyncTelemetry.create(GlobalOpenTelemetry.get());
    HrFeedClient hrFeed = HrFeedClient.builder().agencyDomain("agency.example").token(token)
        .observer(telemetry).build();
    JobTicketClient jobTicket = JobTicketClient.builder().credentials(keyId, secret)
        .observer(telemetry).build();
    RosterSync sync = RosterSync.builder().jobTicket(jobTicket, 7).hrFeed(hrFeed)
        .observer(telemetry).build();
    // --- end ---

    assertThat(hrFeed.baseUrl()).startsWith("https://agency.example");
    assertThat(sync).isNotNull();
    ReadmeSnippets.assertInReadme(getClass(), Path.of("../README.md"));
  }
}
