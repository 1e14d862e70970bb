package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Sync" section, compiled and run against the sandbox as written there. */
@ExtendWith(SandboxExtension.class)
class ReadmeSyncTest {

  @Test
  void theReadmesSyncSectionPlansAndAppliesBothTargets(Sandbox sandbox) {
    JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
    HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
    List<SourceEmployee> employees = List.of(
        SourceEmployee.builder("E1", "Anna", "Andersson", "anna@example.com").build(),
        SourceEmployee.builder("E2", "Bo", "Berg", "bo@example.com").build());

    // --- the README's code, as written ---
    Roster roster = Roster.of(employees);   // validates everything first; RosterValidationException
                                            // names every bad row and field, nothing is sent
    RosterSync sync = RosterSync.builder()
        .jobTicket(jobTicket, 7)            // the HR integration's full-roster replace
        .hrFeed(hrFeed)                     // the HR Feed's incremental changes
        .build();                           // one target alone works too

    SyncPlan plan = sync.plan(roster);      // lists both; each target's plan and guard verdict
    System.out.print(plan.render());        // terraform-style, see below; nothing is sent

    SyncReport report = sync.apply(plan, Approvals.none());
    System.out.print(report.render());      // one line per target: done, no changes, refused,
                                            // stale or failed, with counts
    // --- end ---

    assertThat(report.outcomes()).extracting(TargetOutcome::status)
        .containsExactly(TargetOutcome.Status.DONE, TargetOutcome.Status.DONE);
    assertThat(sandbox.jobTicket().syncIds()).hasSize(1);
    assertThat(sandbox.hrFeed().users()).extracting(user -> user.get("externalId"))
        .containsExactlyInAnyOrder("E1", "E2");
  }
}
