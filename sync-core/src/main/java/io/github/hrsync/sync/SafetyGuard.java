package io.github.hrsync.sync;

import org.jspecify.annotations.Nullable;

/**
 * The limit on removals (JobTicket offboardings, HR Feed deactivations and deletions) one run may
 * make without a human's approval: at most {@code min(floor(maxShare * current), maxCount)}.
 * An empty roster is always refused unless approved. The default, {@code min(20 %, 500)}, stops
 * a truncated export from offboarding a company while letting ordinary leavers through.
 *
 * <p>Approval names one exact plan by its fingerprint, so an approval never carries over to a
 * different plan.
 *
 * @param maxShare the largest share of current records removed, 0 to 1
 * @param maxCount the largest number of records removed
 */
public record SafetyGuard(double maxShare, int maxCount) {

  /** Checks the bounds. */
  public SafetyGuard {
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("maxShare must be between 0 and 1, was " + maxShare);
    }
    if (maxCount < 0) {
      throw new IllegalArgumentException("maxCount must not be negative, was " + maxCount);
    }
  }

  /** @return {@code min(20 %, 500)} */
  public static SafetyGuard defaults() {
    return new SafetyGuard(0.20, 500);
  }

  /**
   * The most removals allowed without approval.
   *
   * @param current how many records there are now
   * @return the limit
   */
  public int limit(int current) {
    return (int) Math.min(Math.floor(maxShare * current), maxCount);
  }

  /**
   * Checks a plan.
   *
   * @param what what is removed, for the message ("offboard", "deactivate or delete")
   * @param current how many records there are now
   * @param removals how many the plan removes
   * @param rosterSize how many employees the roster has
   * @param fingerprint the plan's fingerprint
   * @param approvedFingerprint the fingerprint the caller approved, if any
   * @throws MassRemovalRefusedException when the plan exceeds the limit and is not approved
   */
  public void check(String what, int current, int removals, int rosterSize, String fingerprint,
      @Nullable String approvedFingerprint) {
    if (fingerprint.equals(approvedFingerprint)) {
      return;
    }
    String approve = "; if this is intended, approve this exact plan with fingerprint "
        + fingerprint;
    if (rosterSize == 0) {
      throw new MassRemovalRefusedException("refusing an empty roster: it would " + what + " all "
          + current + " current records" + approve, fingerprint);
    }
    int limit = limit(current);
    if (removals > limit) {
      throw new MassRemovalRefusedException(String.format(java.util.Locale.ROOT,
          "refusing to %s %d of %d current records (%.0f %%): the limit is %d (min(%.0f %%, %d))."
              + " Check that the roster is complete%s",
          what, removals, current, 100.0 * removals / Math.max(current, 1), limit,
          maxShare * 100, maxCount, approve), fingerprint);
    }
  }
}
