package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.jobticket.JobTicketSync;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Test your integration" example, verbatim, so it cannot go stale. */
// --- the README's code, as written ---
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

    JobTicketSync sync = new JobTicketSync(jobTicket, 7, SafetyGuard.defaults());
    JobTicketPlan plan = sync.plan(export);
    sync.apply(plan);

    assertThat(plan.added()).containsExactly("E2");
    assertThat(plan.offboarded()).isEmpty();
    assertThat(sandbox.jobTicket().syncIds()).containsExactly(plan.syncId());
  }
}
// --- end ---
