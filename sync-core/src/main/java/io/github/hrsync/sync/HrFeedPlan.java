package io.github.hrsync.sync;

import io.github.hrsync.hrfeed.User;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The changes that bring the HR Feed in step with a roster: a value, in deterministic order
 * (creates, updates, reactivations, deactivations, deletions; each by externalId). It renders like
 * {@code terraform plan} ({@link #render()}), exports to JSON and reads back
 * ({@link #toJson()}, {@link #fromJson(String)}), and can tell whether the platform changed since
 * it was made ({@link #staleness(Collection)}).
 *
 * @param operations the operations, in order
 * @param currentUsers how many users the platform had when planned
 * @param managedActiveUsers how many of them were active and carried an externalId: the base of
 *     the removal guard
 * @param rosterSize how many employees the roster had
 * @param warnings things the planner noticed and left alone (such as a shared externalId)
 */
public record HrFeedPlan(List<PlannedOperation> operations, int currentUsers,
    int managedActiveUsers, int rosterSize, List<String> warnings) {

  /** Copies the lists. */
  public HrFeedPlan {
    operations = List.copyOf(operations);
    warnings = List.copyOf(warnings);
  }

  /** @return whether the plan changes nothing */
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /**
   * @param kind an operation kind
   * @return how many operations of that kind the plan holds
   */
  public int count(OperationKind kind) {
    return (int) operations.stream().filter(op -> op.kind() == kind).count();
  }

  /** @return deactivations plus deletions */
  public int removals() {
    return (int) operations.stream().filter(op -> op.kind().removes()).count();
  }

  /**
   * The plan's fingerprint: a hash of its operations, values included. Approving a guarded plan
   * names this value, so the approval fits this plan only.
   *
   * @return 12 hex digits
   */
  public String fingerprint() {
    return PlanJson.fingerprint(this);
  }

  /**
   * Checks the plan against the {@link SafetyGuard}.
   *
   * @param guard the removal limit
   * @param approvedFingerprint a fingerprint the caller approved, or {@code null}
   * @throws MassRemovalRefusedException when the plan removes too many users or the roster is
   *     empty, and the plan is not approved
   */
  public void checkGuard(SafetyGuard guard, @org.jspecify.annotations.Nullable String approvedFingerprint) {
    guard.check("deactivate or delete", managedActiveUsers, removals(), rosterSize, fingerprint(),
        approvedFingerprint);
  }

  /**
   * What changed on the platform since the plan was made, as far as the plan depends on it: a
   * user to change that is gone or whose planned-from values differ, a user to create that now
   * exists.
   *
   * @param current every user the platform has now
   * @return the reasons the plan is stale; empty when it can be applied as is
   */
  public List<String> staleness(Collection<User> current) {
    return PlanStaleness.check(this, current);
  }

  /** @return the plan as text, like {@code terraform plan} */
  public String render() {
    return PlanText.render(this);
  }

  /** @return the plan as JSON (values included; no credentials) */
  public String toJson() {
    return PlanJson.write(this);
  }

  /**
   * Reads a plan written by {@link #toJson()}.
   *
   * @param json the JSON text
   * @return the plan
   * @throws IllegalArgumentException when the text is not a plan, or was edited (its fingerprint
   *     no longer matches its operations)
   */
  public static HrFeedPlan fromJson(String json) {
    return PlanJson.read(Objects.requireNonNull(json, "json"));
  }
}
