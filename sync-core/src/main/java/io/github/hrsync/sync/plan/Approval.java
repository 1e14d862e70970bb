package io.github.hrsync.sync.plan;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person's approval of one exact plan that a guard refused, by the plan's fingerprint: it lets
 * that plan through and no other (another plan, or the same roster against changed data, has
 * another fingerprint). Who approved it, when and why are kept in the run's record as the caller
 * gives them.
 *
 * @param fingerprint the approved plan's fingerprint
 * @param approvedBy who approved it, if said
 * @param reason why, if said
 * @param approvedAt when it was approved, if said
 */
public record Approval(String fingerprint, @Nullable String approvedBy, @Nullable String reason,
    @Nullable Instant approvedAt) {

  /**
   * Requires a fingerprint.
   *
   * @param fingerprint the approved plan's fingerprint
   * @param approvedBy who approved it, if said
   * @param reason why, if said
   * @param approvedAt when it was approved, if said
   */
  public Approval {
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("an approval names a plan's fingerprint; it was blank");
    }
  }

  /**
   * @param fingerprint the approved plan's fingerprint
   * @return an approval that says nothing of who or why
   */
  public static Approval of(String fingerprint) {
    return new Approval(fingerprint, null, null, null);
  }

  /**
   * @param person who approves
   * @return this approval, by {@code person}
   */
  public Approval by(String person) {
    return new Approval(fingerprint, person, reason, approvedAt);
  }

  /**
   * @param why why the plan is approved
   * @return this approval, with the reason
   */
  public Approval because(String why) {
    return new Approval(fingerprint, approvedBy, why, approvedAt);
  }

  /**
   * @param when when it was approved
   * @return this approval, approved then
   */
  public Approval at(Instant when) {
    return new Approval(fingerprint, approvedBy, reason, Objects.requireNonNull(when, "when"));
  }

  /**
   * @param plan a plan
   * @return whether this approval names exactly that plan
   */
  public boolean approves(TargetPlan plan) {
    return fingerprint.equals(plan.fingerprint());
  }
}
