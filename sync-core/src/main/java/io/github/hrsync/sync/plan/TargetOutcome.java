package io.github.hrsync.sync.plan;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one target's part of a run ended, the same shape for every target.
 *
 * @param target the platform
 * @param status how it ended
 * @param message one line for a person (the refusal, the failure, what was sent)
 * @param applied how many changes were made (JobTicket: employees sent)
 * @param failed how many changes failed
 * @param fingerprint the fingerprint of the plan this outcome is of, if one was made
 * @param approvable for a refusal, whether an approval of {@code fingerprint} lets it through
 */
public record TargetOutcome(Target target, Status status, String message, int applied,
    int failed, @Nullable String fingerprint, boolean approvable) {

  /** How a target's part of a run ended. */
  public enum Status {
    /** The changes were sent or applied. */
    DONE,
    /** A dry run: there are changes, and the guard lets them through. */
    WOULD_CHANGE,
    /** There was nothing to change. */
    NO_CHANGES,
    /** The guard refused: nothing was sent to this target. */
    REFUSED,
    /** The target changed since the plan: nothing was sent; plan again. */
    STALE,
    /** A call failed, or some changes did: see the message and the counts. */
    FAILED
  }

  /**
   * Requires the parts.
   *
   * @param target the platform
   * @param status how it ended
   * @param message one line for a person (the refusal, the failure, what was sent)
   * @param applied how many changes were made (JobTicket: employees sent)
   * @param failed how many changes failed
   * @param fingerprint the fingerprint of the plan this outcome is of, if one was made
   * @param approvable for a refusal, whether an approval of {@code fingerprint} lets it through
   */
  public TargetOutcome {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }

  /** @return whether the run did what it set out to, or had nothing to do */
  public boolean succeeded() {
    return status == Status.DONE || status == Status.WOULD_CHANGE
        || status == Status.NO_CHANGES;
  }
}
