package io.github.hrsync.sync.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the guard says of a plan: allowed, or refused with the reason. A refused plan goes through
 * only with an {@link Approval} of its exact fingerprint, and only when the refusal is
 * {@linkplain #approvable() approvable} (an empty JobTicket roster, which the API cannot take,
 * is not).
 *
 * @param allowed whether the plan may be applied without approval
 * @param approvable whether an approval can let a refused plan through
 * @param refusal why the guard refuses, for a person; {@code null} when allowed
 * @param breaches every dimension over its limit, with its numbers (none for an empty roster)
 */
public record Verdict(boolean allowed, boolean approvable, @Nullable String refusal,
    List<Breach> breaches) {
  /** The verdict of a plan within every limit. */
  public static final Verdict ALLOWED = new Verdict(true, true, null, List.of());

  /**
   * Requires a reason for a refusal.
   *
   * @param allowed whether the plan may be applied without approval
   * @param approvable whether an approval can let a refused plan through
   * @param refusal why the guard refuses, for a person; {@code null} when allowed
   * @param breaches every dimension over its limit, with its numbers
   */
  public Verdict {
    if (!allowed && (refusal == null || refusal.isBlank())) {
      throw new IllegalArgumentException("a refusal says why");
    }
    breaches = List.copyOf(breaches);
  }

  /**
   * @param why why the guard refuses
   * @param approvable whether an approval can let the plan through
   * @return the refusal
   */
  public static Verdict refused(String why, boolean approvable) {
    return new Verdict(false, approvable, why, List.of());
  }

  /**
   * @param plan the plan this verdict is of
   * @param approval the approval given, if any
   * @return whether the plan may be applied: allowed, or approvable and approved exactly
   */
  public boolean admits(TargetPlan plan, @Nullable Approval approval) {
    return allowed || approvable && approval != null && approval.approves(plan);
  }

  /**
   * Both verdicts at once: allowed only when both allow, approvable only when both refusals are,
   * with every refusal and breach.
   *
   * @param other another verdict on the same plan (such as the guard across runs)
   * @return the two as one
   */
  public Verdict and(Verdict other) {
    if (other.allowed) {
      return this;
    }
    if (allowed) {
      return other;
    }
    List<Breach> both = new java.util.ArrayList<>(breaches);
    both.addAll(other.breaches);
    return new Verdict(false, approvable && other.approvable, refusal + "; and " + other.refusal,
        both);
  }
}
