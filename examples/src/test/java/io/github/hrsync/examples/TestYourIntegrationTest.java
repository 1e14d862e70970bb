package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.JobTicketRosterSync;
import io.github.hrsync.sync.Roster;
import io.github.hrsync.sync.RosterPreview;
import io.github.hrsync.sync.SafetyGuard;
import io.github.hrsync.sync.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Test your integration" example, verbatim, so it cannot go stale. */
@ExtendWith(SandboxExtension.class)
class TestYourIntegrationTest {

  @Test
  void myExportAddsTheNewHireAndOffboardsNobody(Sandbox sandbox) {
    sandbox.jobTicket().seed("E1", "Anna", "Andersson", "anna@example.com", null);
    JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
    Roster export = Roster.of(List.of(
        SourceEmployee.builder("E1", "Anna", "Andersson", "anna@example.com").build(),
        SourceEmployee.builder("E2", "Bo", "Berg", "bo@example.com").build()));

    JobTicketRosterSync sync = new JobTicketRosterSync(jobTicket, 7, SafetyGuard.defaults());
    RosterPreview preview = sync.preview(export);
    sync.send(preview, null);

    assertThat(preview.added()).containsExactly("E2");
    assertThat(preview.offboarded()).isEmpty();
    assertThat(sandbox.jobTicket().syncIds()).containsExactly(preview.syncId());
  }
}
