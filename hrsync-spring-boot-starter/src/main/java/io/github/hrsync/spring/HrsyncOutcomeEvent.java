package io.github.hrsync.spring;

import io.github.hrsync.sync.plan.TargetOutcome;
import org.springframework.context.ApplicationEvent;

/**
 * Published when a run of a sync leaves a target {@code REFUSED}, {@code STALE} or
 * {@code FAILED}, so a team alerts with what it already has ({@code @EventListener}). Its
 * outcome holds counts, a fingerprint and a message; no person's data.
 */
public final class HrsyncOutcomeEvent extends ApplicationEvent {
  private static final long serialVersionUID = 1L;

  /** The sync's name. */
  private final String sync;
  /** The run's id. */
  private final String runId;
  private final transient TargetOutcome outcome;

  /**
   * @param source what published it
   * @param sync the sync's name ({@code default} or a named one)
   * @param runId the run, as the run log records it
   * @param outcome the target's outcome
   */
  public HrsyncOutcomeEvent(Object source, String sync, String runId, TargetOutcome outcome) {
    super(source);
    this.sync = sync;
    this.runId = runId;
    this.outcome = outcome;
  }

  /** @return the sync's name */
  public String sync() {
    return sync;
  }

  /** @return the run's id */
  public String runId() {
    return runId;
  }

  /** @return the target's outcome: refused (with the fingerprint to approve), stale or failed */
  public TargetOutcome outcome() {
    return outcome;
  }

  @Override
  public String toString() {
    return "HrsyncOutcomeEvent[sync=" + sync + ", run=" + runId + ", " + outcome.target().key()
        + " " + outcome.status() + "]";
  }
}
