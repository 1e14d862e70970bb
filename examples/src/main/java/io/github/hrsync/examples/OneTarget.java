package io.github.hrsync.examples;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.hrfeed.ApplyReport;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.HrFeedSync;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;

/**
 * One target alone: the HR Feed planned, saved as JSON for a review, read back and applied with a
 * progress observer. The saved plan's fingerprint covers every value, so an edited file is
 * refused, and applying checks the HR Feed did not change since.
 */
public final class OneTarget {
  private OneTarget() {}

  public static void main(String[] args) {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      System.exit(run(sandbox, System.out));
    }
  }

  static int run(Sandbox sandbox, PrintStream out) {
    HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
    HrFeedSync sync = new HrFeedSync(hrFeed, PlanOptions.defaults());
    Roster roster = Roster.of(List.of(
        SourceEmployee.builder("EMP-1", "Anna", "Andersson", "anna@example.com").build(),
        SourceEmployee.builder("EMP-2", "Bo", "Berg", "bo@example.com").build()));

    StringWriter review = new StringWriter();
    sync.plan(roster).writeJson(review);                  // for a person to review
    HrFeedPlan reviewed = HrFeedPlan.fromJson(review.toString());
    out.print(reviewed.render());

    SyncObserver progress = new SyncObserver() {
      @Override
      public void operationDone(io.github.hrsync.sync.plan.Target target, int done, int total,
          io.github.hrsync.sync.audit.OperationRecord operation) {
        out.println("  " + done + "/" + total + " " + operation.kind() + " " + operation.key());
      }
    };
    ApplyReport report = sync.apply(reviewed, Approvals.none(),
        ApplyOptions.defaults().withObserver(progress));
    out.println(report.summary());
    return report.complete() ? 0 : 1;
  }
}
