package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.TargetOutcome;
import java.util.Objects;

/** What a person does after reading a refusal: approves exactly the plans it refused. */
final class RefusedPlans {
  private RefusedPlans() {}

  /** @return approvals, by "maria", of every plan {@code report} refused */
  static Approvals approved(SyncReport report) {
    Approvals approvals = Approvals.none();
    for (TargetOutcome outcome : report.outcomes()) {
      if (outcome.status() == TargetOutcome.Status.REFUSED) {
        approvals = approvals.with(outcome.target(), Approval.of(Objects.requireNonNull(
            outcome.fingerprint(), "a refusal names its plan")).by("maria")
            .because("the reorg of June"));
      }
    }
    return approvals;
  }
}
