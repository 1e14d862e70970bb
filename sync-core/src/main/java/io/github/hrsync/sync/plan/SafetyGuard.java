package io.github.hrsync.sync.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The limits one run may reach without a person's approval, in every {@link Dimension} of what a
 * plan does, for every target alike: removals, rewrites of identity fields, reactivations and
 * creates beside look-alikes. A plan over any limit is refused with every breach and a likely
 * cause where one is recognisable; an empty roster is always refused. Approval names one exact
 * plan by its fingerprint, so it never carries over to another plan.
 *
 * <p>The defaults let a month of ordinary life through (leavers, hires, name changes, a tenth of
 * the e-mails moving to a new domain) and refuse a broken export (a truncated file, names
 * swapped, every e-mail moved, a wave of reactivations, a first sync that would create
 * look-alikes): removals {@code min(20 %, 500)}, rewrites {@code min(25 %, 5000)}, reactivations
 * {@code min(10 %, 250)}, look-alikes {@code min(5 %, 50)}, and removals, rewrites and
 * reactivations together {@code min(30 %, 1000)}. Small companies: a limit whose count
 * is not zero is at least one, for removals once there are two records (so that a company of two
 * to four people lets one ordinary leaver go), for the other dimensions once there is one (a name
 * fixed in a company of one). An empty roster stays refused. Immutable.
 */
public final class SafetyGuard {
  private static final Map<Dimension, GuardLimit> DEFAULTS = Map.of(
      Dimension.REMOVALS, new GuardLimit(0.20, 500),
      Dimension.REWRITES, new GuardLimit(0.25, 5_000),
      Dimension.REACTIVATIONS, new GuardLimit(0.10, 250),
      Dimension.LOOKALIKES, new GuardLimit(0.05, 50),
      Dimension.COMBINED, new GuardLimit(0.30, 1_000));

  private final EnumMap<Dimension, GuardLimit> limits;

  private SafetyGuard(Map<Dimension, GuardLimit> limits) {
    this.limits = new EnumMap<>(limits);
  }

  /**
   * The default guard with another removal limit.
   *
   * @param maxShare the largest share of current records removed, 0 to 1
   * @param maxCount the largest number of records removed
   */
  public SafetyGuard(double maxShare, int maxCount) {
    this(defaults().with(Dimension.REMOVALS, new GuardLimit(maxShare, maxCount)).limits);
  }

  /** @return the defaults described above */
  public static SafetyGuard defaults() {
    return new SafetyGuard(DEFAULTS);
  }

  /**
   * @param dimension a dimension
   * @param limit its limit
   * @return this guard with that limit
   */
  public SafetyGuard with(Dimension dimension, GuardLimit limit) {
    EnumMap<Dimension, GuardLimit> copy = new EnumMap<>(limits);
    copy.put(Objects.requireNonNull(dimension, "dimension"),
        Objects.requireNonNull(limit, "limit"));
    return new SafetyGuard(copy);
  }

  /**
   * @param dimension a dimension
   * @return its limit
   */
  public GuardLimit limit(Dimension dimension) {
    return Objects.requireNonNull(limits.get(dimension));
  }

  /**
   * The most removals allowed without approval.
   *
   * @param current how many records there are now
   * @return the limit
   */
  public int limit(int current) {
    return limit(Dimension.REMOVALS, current);
  }

  /**
   * The most records allowed in a dimension, the small-company floor included.
   *
   * @param dimension the dimension
   * @param base how many records there are now
   * @return the limit
   */
  public int limit(Dimension dimension, int base) {
    return Math.max(floor(dimension, base), limit(dimension).of(base));
  }

  /**
   * The least a limit allows a small company: one, for removals once there are two records, for
   * the others once there is one; for {@link Dimension#COMBINED}, what the dimensions it adds
   * up allow together.
   */
  private int floor(Dimension dimension, int base) {
    if (dimension == Dimension.COMBINED) {
      return limit(dimension).count() == 0 ? 0 : floor(Dimension.REMOVALS, base)
          + floor(Dimension.REWRITES, base) + floor(Dimension.REACTIVATIONS, base);
    }
    return limit(dimension).count() > 0
        && base >= (dimension == Dimension.REMOVALS ? 2 : 1) ? 1 : 0;
  }

  /**
   * The guard's verdict on what a plan does: the one place that decides. An empty roster is
   * always refused (approvable only where the target can take an empty roster at all);
   * otherwise a plan over the limit of any dimension is refused, approvable, naming every breach
   * with its numbers and a likely cause.
   *
   * @param removalVerb what a removal does on the target, for the message ("offboard")
   * @param records what the target's records are called, for the empty-roster message
   * @param base how many records there are now (the base of every share)
   * @param counts what the plan does
   * @param emptyRosterApprovable whether an approval may let an empty roster through
   * @return the verdict
   */
  public Verdict verdict(String removalVerb, String records, int base, GuardCounts counts,
      boolean emptyRosterApprovable) {
    if (counts.rosterSize() == 0) {
      return Verdict.refused("refusing an empty roster: the roster has no rows (check that "
          + "the export was read whole)" + (base == 0 ? "" : ", and sending it would "
          + removalVerb + " all " + base + " current " + records) + (emptyRosterApprovable ? ""
          : ", and this target cannot be sent an empty roster, so no approval can let it "
              + "through"), emptyRosterApprovable);
    }
    List<Breach> breaches = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      int limit = limit(dimension, base);
      int count = counts.of(dimension);
      // the dimensions together are weighed only when none is over its own limit alone
      if (count > limit && (dimension != Dimension.COMBINED || breaches.isEmpty())) {
        breaches.add(new Breach(dimension, count, base, limit));
      }
    }
    if (breaches.isEmpty()) {
      return Verdict.ALLOWED;
    }
    StringBuilder why = new StringBuilder("refusing to ");
    for (int i = 0; i < breaches.size(); i++) {
      Breach breach = breaches.get(i);
      String verb = breach.dimension() == Dimension.REMOVALS ? removalVerb
          : breach.dimension().verb();
      // a share only where it is one: reactivations and creates may outnumber what there is
      String counted = base == 0
          ? String.format(Locale.ROOT, "%s %d records, with no current records yet", verb,
              breach.count())
          : breach.count() > base
              ? String.format(Locale.ROOT, "%s %d records, more than the %d current records",
                  verb, breach.count(), base)
              : String.format(Locale.ROOT, "%s %d of %d current records (%.0f %%)", verb,
                  breach.count(), base, 100.0 * breach.count() / base);
      why.append(i == 0 ? "" : "; and to ").append(counted).append(String.format(Locale.ROOT,
          ": the limit is %d (%s)", breach.limit(), limit(breach.dimension())));
    }
    why.append(counts.likelyCauses(base));
    if (breaches.get(0).dimension() == Dimension.REMOVALS) {
      why.append(". Check that the roster is complete");
    } else {
      why.append(". Check the export's columns and values");
    }
    return new Verdict(false, true, why.toString(), breaches);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SafetyGuard guard && limits.equals(guard.limits);
  }

  @Override
  public int hashCode() {
    return limits.hashCode();
  }

  /** @return the limits, such as {@code removals=min(20 %, 500) …} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    limits.forEach((dimension, limit) -> text.append(text.length() == 0 ? "" : " ")
        .append(dimension.name().toLowerCase(Locale.ROOT)).append('=').append(limit));
    return text.toString();
  }
}
