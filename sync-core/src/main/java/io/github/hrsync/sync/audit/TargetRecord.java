package io.github.hrsync.sync.audit;

import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.Verdict;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One target's part of a run, as the run log keeps it.
 *
 * @param target the target
 * @param scope which instance of the target: its canonical base URL (and JobTicket's integration
 *     id); the guard across runs sums the removals of one scope
 * @param fingerprint the fingerprint of the plan that was run, {@code null} when none was made
 * @param adds what the plan adds
 * @param changes what the plan changes
 * @param removals what the plan removes
 * @param verdict the verdict the engine enforced, computed at apply from the target as it was
 *     then (with the guard across runs), per dimension in its breaches; a dry run's is the
 *     plan's; {@code null} when none was computed (no plan, a stale plan, nothing to apply)
 * @param approval the approval the caller offered for this target (fingerprint, who, when,
 *     why), if any, whether or not it was used
 * @param approvalUsed whether the approval let a plan through that the verdict refused; an
 *     approval of another plan, or of a plan the verdict allowed, was offered and not used
 * @param operations every operation, in the order they ended
 * @param status how the target's part ended, {@code null} while it runs (or when the run was
 *     killed before it ended)
 * @param message the outcome for a person; a failure's server text only when values are
 *     recorded
 */
public record TargetRecord(Target target, String scope, @Nullable String fingerprint, int adds,
    int changes, int removals, @Nullable Verdict verdict, @Nullable Approval approval,
    boolean approvalUsed, List<OperationRecord> operations, TargetOutcome.@Nullable Status status,
    @Nullable String message) {

  /**
   * Copies the operations.
   *
   * @param target the target
   * @param scope which instance of the target
   * @param fingerprint the fingerprint of the plan that was run
   * @param adds what the plan adds
   * @param changes what the plan changes
   * @param removals what the plan removes
   * @param verdict the verdict enforced
   * @param approval the approval the caller offered for this target, if any
   * @param approvalUsed whether the approval let the plan through
   * @param operations every operation, in the order they ended
   * @param status how the target's part ended, {@code null} while it runs
   * @param message the outcome for a person
   */
  public TargetRecord {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(scope, "scope");
    operations = List.copyOf(operations);
  }

  /**
   * @return how many records the operations took away, or may have ({@link
   *     OperationRecord#mayHaveRemoved()}): what the guard across runs counts
   */
  public int removed() {
    return (int) operations.stream().filter(OperationRecord::mayHaveRemoved).count();
  }
}
