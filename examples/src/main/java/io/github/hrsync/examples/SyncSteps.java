package io.github.hrsync.examples;

import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.sync.ApplyOptions;
import io.github.hrsync.sync.ApplyReport;
import io.github.hrsync.sync.HrFeedPlan;
import io.github.hrsync.sync.HrFeedSync;
import io.github.hrsync.sync.JobTicketRosterSync;
import io.github.hrsync.sync.MassRemovalRefusedException;
import io.github.hrsync.sync.PlanOptions;
import io.github.hrsync.sync.Roster;
import io.github.hrsync.sync.RosterPreview;
import io.github.hrsync.sync.RosterSyncResult;
import io.github.hrsync.sync.SafetyGuard;
import io.github.hrsync.sync.SourceEmployee;
import io.github.hrsync.sync.StalePlanException;
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

  /**
   * Previews the JobTicket roster replace and, when {@code send}, sends it; a dry run only asks
   * the guard. Records the outcome; never throws for an expected failure.
   */
  void jobTicket(Roster roster, boolean send, @Nullable String approved, RunSummary summary) {
    if (targets.jobTicket() == null) {
      out.println("\n== JobTicket: skipped (no --jobticket-url) ==");
      summary.add("JobTicket", RunSummary.Verdict.SKIPPED, "skipped (no --jobticket-url)");
      return;
    }
    out.println("\n== JobTicket: full-roster replace ==");
    JobTicketRosterSync sync = jobTicketSync();
    try {
      RosterPreview preview = sync.preview(roster);
      print(preview);
      if (!send) {
        sync.check(preview, approved);
        boolean changes = !preview.added().isEmpty() || !preview.updated().isEmpty()
            || !preview.offboarded().isEmpty();
        summary.add("JobTicket", changes ? RunSummary.Verdict.WOULD_CHANGE
            : RunSummary.Verdict.NO_CHANGES, changes ? "would send " + preview.payload().size()
            + " employees (" + preview.offboarded().size() + " to offboard); within the guard"
            : "no changes");
        return;
      }
      RosterSyncResult result = sync.send(preview, approved);
      out.println("Sent: JobTicket accepted " + result.accepted().employeeCount()
          + " employees (syncId " + result.accepted().syncId() + "); it processes them in the "
          + "background.");
      summary.add("JobTicket", RunSummary.Verdict.DONE, "sent " + result.accepted()
          .employeeCount() + " employees (" + result.preview().offboarded().size()
          + " to offboard), syncId " + result.accepted().syncId());
      progress(sync, result);
    } catch (MassRemovalRefusedException e) {
      refused(summary, "JobTicket", "jobticket", e);
    } catch (StalePlanException e) {
      failed(summary, "JobTicket", "JobTicket changed while the preview was checked; run again");
    } catch (ApiException | RateBudgetException e) {
      failed(summary, "JobTicket", e.getMessage());
    }
  }

  private void print(RosterPreview preview) {
    out.println(preview.summary());
    preview.added().forEach(hrId -> out.println("  + add " + hrId));
    preview.updated().forEach(u -> out.println("  ~ update " + u.hrId() + " " + u.fields()));
    preview.offboarded().forEach(o -> out.println("  - offboard employee " + o.employeeId()
        + " (" + o.hrId() + ", " + o.email() + ")"));
  }

  /** How far JobTicket got; a failure here does not make the accepted sync a failure. */
  private void progress(JobTicketRosterSync sync, RosterSyncResult result) {
    try {
      var progress = sync.progress(result);
      out.println("Processed so far: " + progress.processed() + "/" + progress.expected()
          + " employees show this syncId.");
    } catch (ApiException e) {
      out.println("Could not read the progress (" + e.getMessage() + "); the sync itself was "
          + "accepted.");
    }
  }

  /**
   * Plans the HR Feed changes and, when {@code apply}, applies them; a dry run only asks the
   * guard. Records the outcome; never throws for an expected failure.
   */
  void hrFeed(Roster roster, boolean apply, @Nullable String approved, int concurrency,
      RunSummary summary) {
    if (targets.hrFeed() == null) {
      out.println("\n== HR Feed: skipped (no --hrfeed-url) ==");
      summary.add("HR Feed", RunSummary.Verdict.SKIPPED, "skipped (no --hrfeed-url)");
      return;
    }
    out.println("\n== HR Feed: incremental plan ==");
    try {
      HrFeedPlan plan = hrFeedSync().plan(roster);
      out.print(plan.render());
      if (plan.isEmpty()) {
        summary.add("HR Feed", RunSummary.Verdict.NO_CHANGES, "no changes");
        return;
      }
      if (!apply) {
        plan.checkGuard(SafetyGuard.defaults(), approved);
        summary.add("HR Feed", RunSummary.Verdict.WOULD_CHANGE, "would apply "
            + plan.operations().size() + " operations; within the guard");
        return;
      }
      ApplyReport report = hrFeedSync().apply(plan, ApplyOptions.defaults()
          .withConcurrency(concurrency).withApprovedFingerprint(approved)
          .withProgress(new ProgressBar(out)));
      out.println(report.summary());
      summary.add("HR Feed", report.complete() ? RunSummary.Verdict.DONE
          : RunSummary.Verdict.FAILED, report.complete() ? "applied " + report.results().size()
          + " operations" : report.failures().size() + " of " + report.results().size()
          + " operations failed (after the SDK's retries; see above), "
          + (report.results().size() - report.failures().size()) + " applied or skipped; run "
          + "again to finish");
    } catch (MassRemovalRefusedException e) {
      refused(summary, "HR Feed", "hrfeed", e);
    } catch (StalePlanException e) {
      failed(summary, "HR Feed", "the HR Feed changed since the plan, nothing was applied; run "
          + "again");
    } catch (ApiException | RateBudgetException e) {
      failed(summary, "HR Feed", e.getMessage());
    }
  }

  private void refused(RunSummary summary, String target, String flag,
      MassRemovalRefusedException e) {
    out.println("REFUSED: " + e.getMessage());
    String next = e.approvable()
        ? "to send this exact plan anyway, run again with --approve-" + flag + "="
            + e.fingerprint()
        : "no approval can send it";
    out.println("Nothing was sent to " + target + "; " + next + ".");
    summary.add(target, RunSummary.Verdict.REFUSED, "refused, nothing sent; " + next);
  }

  private void failed(RunSummary summary, String target, String message) {
    out.println("FAILED: " + message);
    summary.add(target, RunSummary.Verdict.FAILED, "failed: " + message);
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
