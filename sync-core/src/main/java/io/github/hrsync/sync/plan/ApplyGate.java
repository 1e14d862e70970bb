package io.github.hrsync.sync.plan;

/**
 * What an apply passes through: told by an engine, after it has planned again against the
 * target as it is now and before its first write, the verdict it computed then (and returns the
 * verdict to enforce, that one or a stricter one); then told each operation as it ends.
 * {@link io.github.hrsync.sync.RosterSync} adds the guard across runs here and writes the run's
 * record, so that a record says what the engine decided, never what a caller's plan object
 * carried. A gate that throws stops the apply: before any write, or before the next one.
 */
@FunctionalInterface
public interface ApplyGate {

  /**
   * @param plan the plan as computed at apply (its fingerprint equals the plan given)
   * @param verdict the engine's verdict on it, from the data as it is now
   * @return the verdict to enforce: {@code verdict}, or {@code verdict.and(...)} of more limits
   */
  Verdict admit(TargetPlan plan, Verdict verdict);

  /**
   * Told each operation as it ends (the HR Feed's, each in turn; JobTicket's replace is one
   * write and is told by the caller). One that throws stops the apply: no operation that has not
   * begun is written.
   *
   * @param operation what the operation did and what the server answered
   */
  default void operationEnded(io.github.hrsync.sync.audit.OperationRecord operation) {}

  /**
   * Told just before an operation that takes a record away is sent (the HR Feed's deactivations
   * and deletions), so that a process killed while it is in flight leaves a record that it may
   * have happened. One that throws stops the apply: this operation is not sent either.
   *
   * @param kind the operation's kind ({@code DEACTIVATE}, {@code DELETE})
   * @param key the record's key (its externalId)
   */
  default void removalStarting(String kind, String key) {}

  /** @return the gate that enforces the engine's verdict as it is */
  static ApplyGate none() {
    return (plan, verdict) -> verdict;
  }
}
