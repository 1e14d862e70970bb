package io.github.hrsync.sync.plan;

import io.github.hrsync.core.error.HrSyncException;
/**
 * The {@link SafetyGuard} refused a plan before any change: it would remove, rewrite, reactivate
 * or create look-alikes of more records than the guard allows (any {@link Dimension}), or the
 * roster is empty. Nothing was sent. To go ahead,
 * approve exactly this plan by passing {@link #fingerprint()}, unless {@link #approvable()} says
 * no approval can pass it (a JobTicket sync can never be sent empty).
 */
public class GuardRefusedException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /** The refused plan's fingerprint. */
  private final String fingerprint;
  /** Whether an approval of the fingerprint lets the plan through. */
  private final boolean approvable;

  /**
   * Creates the exception.
   *
   * @param message why, with the numbers
   * @param fingerprint the refused plan's fingerprint
   * @param approvable whether approving the fingerprint lets the plan through
   */
  public GuardRefusedException(String message, String fingerprint, boolean approvable) {
    super(message, null);
    this.fingerprint = fingerprint;
    this.approvable = approvable;
  }

  /**
   * The refusal of a plan whose verdict does not admit it with the approval given.
   *
   * @param plan the refused plan
   * @return the exception, its message ending with how to approve the plan where one can
   */
  public static GuardRefusedException of(TargetPlan plan) {
    return of(plan, plan.verdict());
  }

  /**
   * The refusal of a plan by a verdict computed afresh (at apply, on the data as it is then).
   *
   * @param plan the refused plan
   * @param verdict the verdict that refuses it
   * @return the exception, its message ending with how to approve the plan where one can
   */
  public static GuardRefusedException of(TargetPlan plan, Verdict verdict) {
    String why = verdict.refusal() != null ? verdict.refusal() : "refused";
    String fingerprint = plan.fingerprint(); // a hash of the whole plan: computed once
    return new GuardRefusedException(why + (verdict.approvable()
        ? "; if this is intended, approve this exact plan with fingerprint " + fingerprint
        : ""), fingerprint, verdict.approvable());
  }

  /** @return whether approving {@link #fingerprint()} lets the refused plan through */
  public boolean approvable() {
    return approvable;
  }

  /** @return the fingerprint that approves exactly the refused plan */
  public String fingerprint() {
    return fingerprint;
  }
}
