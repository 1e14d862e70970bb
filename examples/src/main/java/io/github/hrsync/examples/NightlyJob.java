package io.github.hrsync.examples;

import io.github.hrsync.core.Secret;
import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.reader.RosterMapping;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A nightly job: the export read through its mapping, both targets planned and applied as far as
 * the guards allow or a person approved by fingerprint, every run in the run log (its guard
 * across runs weighs 30 days). Args: {@code EXPORT.csv MAPPING.yaml RUN-LOG [target=FP]...}
 */
public final class NightlyJob {
  public static void main(String[] args) {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      System.exit(run(sandbox, args, System.out));
    }
  }

  static int run(Sandbox sandbox, String[] args, PrintStream out) {
    RosterSync sync = RosterSync.builder()
        .jobTicket(JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl()).credentials(
            Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build(), 7)
        .hrFeed(HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl()).token(Secret.of(
            Sandbox.HR_FEED_TOKEN)).build()).runLog(FileRunLog.open(Path.of(args[2]))).build();
    try {
      SyncPlan plan = sync.plan(RosterMapping.readCsv(Path.of(args[0]), Path.of(args[1]))
          .scoped());
      out.print(plan.render());
      Approvals approvals = Approvals.none();
      for (String approval : Arrays.copyOfRange(args, 3, args.length)) {
        approvals = approvals.with(approval.startsWith("jobticket=") ? Target.JOBTICKET
            : Target.HR_FEED, Approval.of(approval.replaceFirst(".*=", "")).by("operator"));
      }
      SyncReport report = sync.apply(plan, approvals);
      out.print(report.render());
      return report.succeeded() ? 0 : 1;
    } catch (HrSyncException e) {
      out.println("error: " + e.getMessage()); // a bad row, a refused plan, a failed call
      return 1;
    }
  }
}
