package io.github.hrsync.sync.observe;

import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;

/**
 * Hears what a sync does, beside what its clients do on the wire ({@link CallObserver}): each
 * step as it starts and ends, each plan made, each guard verdict and each operation done. One
 * implementation watches both: register it on the client builders with {@code observer(...)} and
 * on {@code RosterSync.builder().observer(...)}.
 *
 * <p>Nothing an observer is told holds a value of a person's record: an operation names its kind,
 * its record's key and the names of the fields it changed. Every method does nothing by default,
 * runs on the sync's thread or an apply worker (see {@link #propagate}) and must return quickly;
 * one that throws is logged and skipped. Implementations must be thread-safe.
 */
public interface SyncObserver extends CallObserver {

  /**
   * A step begins: a plan of every target, a run, or one target's part of either.
   *
   * @param step the step
   */
  default void stepStarted(SyncStep step) {}

  /**
   * A step ended. Called once for every {@link #stepStarted}, on the same thread.
   *
   * @param step the step, as passed to {@link #stepStarted}
   * @param outcome how it ended, in one word ({@code DONE}, {@code REFUSED}, {@code FAILED}…)
   */
  default void stepFinished(SyncStep step, String outcome) {}

  /**
   * A target was planned.
   *
   * @param plan the plan, with the guard's verdict
   */
  default void planMade(TargetPlan plan) {}

  /**
   * The guard gave its verdict on what a target is about to be sent: at plan, and again at
   * apply against the target as it is then.
   *
   * @param target the target
   * @param verdict the verdict
   */
  default void guardVerdict(Target target, Verdict verdict) {}

  /**
   * One operation of an apply ended. Calls for one apply are serialised, never two at once.
   *
   * @param target the target it was sent to
   * @param done how many of the apply's operations have ended, this one included
   * @param total how many the apply holds
   * @param operation what it did and what the server answered
   */
  default void operationDone(Target target, int done, int total, OperationRecord operation) {}
}
