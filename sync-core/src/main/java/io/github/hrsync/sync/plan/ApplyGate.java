package io.github.hrsync.sync.plan;

/**
 * Told by an engine at apply, after it has planned again against the target as it is now and
 * before its first write, the verdict it computed then; returns the verdict to enforce, that one
 * or a stricter one. {@link io.github.hrsync.sync.RosterSync} adds the guard across runs here and
 * records the verdict in the run log, so that a record says what the engine decided, never what
 * a caller's plan object carried. A gate that throws stops the apply before any write.
 */
@FunctionalInterface
public interface ApplyGate {

  /**
   * @param plan the plan as computed at apply (its fingerprint equals the plan given)
   * @param verdict the engine's verdict on it, from the data as it is now
   * @return the verdict to enforce: {@code verdict}, or {@code verdict.and(...)} of more limits
   */
  Verdict admit(TargetPlan plan, Verdict verdict);

  /** @return the gate that enforces the engine's verdict as it is */
  static ApplyGate none() {
    return (plan, verdict) -> verdict;
  }
}
