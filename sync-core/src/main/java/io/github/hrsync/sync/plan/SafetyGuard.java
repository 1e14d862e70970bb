package io.github.hrsync.sync.plan;


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

  /**
   * Checks the bounds.
   *
   * @param maxShare the largest share of current records removed, 0 to 1
   * @param maxCount the largest number of records removed
   */
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
   * The guard's verdict on a plan's numbers: the one place that decides. An empty roster is always
   * refused (approvable only where the target can take an empty roster at all); otherwise a plan
   * that removes more than {@link #limit(int)} is refused, approvable.
   *
   * @param what what is removed, for the message ("offboard", "deactivate or delete")
   * @param records what the target's records are called, for the empty-roster message
   * @param current how many records there are now (the base of the share)
   * @param removals how many the plan removes
   * @param rosterSize how many employees the roster has
   * @param emptyRosterApprovable whether an approval may let an empty roster through
   * @return the verdict
   */
  public Verdict verdict(String what, String records, int current, int removals,
      int rosterSize, boolean emptyRosterApprovable) {
    if (rosterSize == 0) {
      return Verdict.refused("refusing an empty roster: it would " + what + " all " + current
          + " current " + records + (emptyRosterApprovable ? ""
          : ", and this target cannot be sent an empty roster, so no approval can let it "
              + "through"), emptyRosterApprovable);
    }
    int limit = limit(current);
    if (removals > limit) {
      return Verdict.refused(String.format(java.util.Locale.ROOT,
          "refusing to %s %d of %d current records (%.0f %%): the limit is %d (min(%.0f %%, %d))."
              + " Check that the roster is complete",
          what, removals, current, 100.0 * removals / Math.max(current, 1), limit,
          maxShare * 100, maxCount), true);
    }
    return Verdict.ALLOWED;
  }
}
