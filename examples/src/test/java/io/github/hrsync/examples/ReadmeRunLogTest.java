package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Every run leaves a record" section, compiled and run as written there. */
@ExtendWith(SandboxExtension.class)
class ReadmeRunLogTest {
  @TempDir
  Path runLogDir;

  @Test
  void theReadmesRunLogSectionRecordsTheRunAndReadsItBack(Sandbox sandbox) {
    JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
    HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
    Roster roster = Roster.of(List.of(
        SourceEmployee.builder("E1", "Anna", "Andersson", "anna@example.com").build()));
    Approvals approvals = Approvals.none();

    // --- the README's code, as written ---
    RunLog runLog = RunLog.inDirectory(runLogDir);                 // or JdbcRunLog.create(dataSource)
    RosterSync sync = RosterSync.builder()
        .jobTicket(jobTicket, 7).hrFeed(hrFeed)
        .runLog(runLog)
        .build();
    SyncReport report = sync.apply(sync.plan(roster), approvals);   // report.runId() names the record

    RunHistory history = new RunHistory(runLog);
    List<RunRecord> last = history.recent(20);                      // newest first
    RunRecord run = history.run(report.runId()).orElseThrow();      // one run whole
    // --- end ---

    assertThat(last).extracting(RunRecord::runId).containsExactly(report.runId());
    assertThat(run.complete()).isTrue();
    assertThat(run.targets()).hasSize(2);
  }
}
