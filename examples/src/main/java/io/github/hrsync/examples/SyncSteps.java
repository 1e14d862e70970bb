package io.github.hrsync.examples;

import io.github.hrsync.sync.ApplyOptions;
import io.github.hrsync.sync.ApplyReport;
import io.github.hrsync.sync.HrFeedPlan;
import io.github.hrsync.sync.HrFeedSync;
import io.github.hrsync.sync.JobTicketRosterSync;
import io.github.hrsync.sync.PlanOptions;
import io.github.hrsync.sync.Roster;
import io.github.hrsync.sync.RosterPreview;
import io.github.hrsync.sync.RosterSyncResult;
import io.github.hrsync.sync.SafetyGuard;
import io.github.hrsync.sync.SourceEmployee;
import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The steps the example programs share: validate, preview/plan, send/apply, print. */
final class SyncSteps {
  private final Targets targets;
  private final PrintStream out;

  SyncSteps(Targets targets, PrintStream out) {
    this.targets = targets;
    this.out = out;
  }

  Roster roster(List<SourceEmployee> rows) {
    return Roster.of(rows);
  }

  @Nullable RosterPreview previewJobTicket(Roster roster) {
    if (targets.jobTicket() == null) {
      out.println("\n== JobTicket: skipped (no --jobticket-url) ==");
      return null;
    }
    out.println("\n== JobTicket: full-roster replace ==");
    RosterPreview preview = jobTicketSync().preview(roster);
    out.println(preview.summary());
    preview.added().forEach(hrId -> out.println("  + add " + hrId));
    preview.updated().forEach(u -> out.println("  ~ update " + u.hrId() + " " + u.fields()));
    preview.offboarded().forEach(o -> out.println("  - offboard employee " + o.employeeId()
        + " (" + o.hrId() + ", " + o.email() + ")"));
    return preview;
  }

  void sendJobTicket(RosterPreview preview, @Nullable String approved) {
    RosterSyncResult result = jobTicketSync().send(preview, approved);
    out.println("Sent: JobTicket accepted " + result.accepted().employeeCount()
        + " employees (syncId " + result.accepted().syncId() + "); it processes in the "
        + "background.");
    var progress = jobTicketSync().progress(result);
    out.println("Processed so far: " + progress.processed() + "/" + progress.expected()
        + " employees show this syncId.");
  }

  @Nullable HrFeedPlan planHrFeed(Roster roster) {
    if (targets.hrFeed() == null) {
      out.println("\n== HR Feed: skipped (no --hrfeed-url) ==");
      return null;
    }
    out.println("\n== HR Feed: incremental plan ==");
    HrFeedPlan plan = hrFeedSync().plan(roster);
    out.print(plan.render());
    return plan;
  }

  ApplyReport applyHrFeed(HrFeedPlan plan, @Nullable String approved, int concurrency) {
    out.println("Applying " + plan.operations().size() + " operations (" + concurrency
        + " at once):");
    ApplyReport report = hrFeedSync().apply(plan, ApplyOptions.defaults()
        .withConcurrency(concurrency).withApprovedFingerprint(approved)
        .withProgress(new ProgressBar(out)));
    out.println(report.summary());
    return report;
  }

  private JobTicketRosterSync jobTicketSync() {
    return new JobTicketRosterSync(java.util.Objects.requireNonNull(targets.jobTicket()),
        targets.integrationId(), SafetyGuard.defaults());
  }

  HrFeedSync hrFeedSync() {
    return new HrFeedSync(java.util.Objects.requireNonNull(targets.hrFeed()),
        PlanOptions.defaults());
  }
}
