package io.github.hrsync.sync.plan;

import io.github.hrsync.core.internal.text.TextRules;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a plan does, counted for the guard, with the evidence of a likely cause: names swapped,
 * one e-mail domain replaced by another. An engine counts as it plans, and again from live data
 * at apply. Not thread-safe.
 */
public final class GuardCounts {
  private final int rosterSize;
  /** By {@link Dimension#ordinal()}: a plan counts one rewrite at a time, 100,000s of them. */
  private final int[] counts = new int[Dimension.values().length];
  private int swappedNames;
  private int activeRecords = -1;
  private final Map<String, Integer> domainMoves = new HashMap<>();

  /** @param rosterSize how many rows the roster has */
  public GuardCounts(int rosterSize) {
    this.rosterSize = rosterSize;
  }

  /**
   * Counts records in a dimension.
   *
   * @param dimension the dimension
   * @param records how many more
   * @return this
   */
  public GuardCounts add(Dimension dimension, int records) {
    counts[dimension.ordinal()] += records;
    return this;
  }

  /**
   * Counts one existing record whose identity fields change, when any of them is rewritten (a
   * value replaced by another or cleared; a value set where there was none is no rewrite), and
   * notes the evidence of a cause.
   *
   * @param oldFirst the first name now
   * @param oldLast the last name now
   * @param oldEmail the e-mail now
   * @param newFirst the first name the plan sets
   * @param newLast the last name the plan sets
   * @param newEmail the e-mail the plan sets
   * @param birthDateRewritten whether the date of birth is replaced by another or cleared
   */
  public void identity(@Nullable String oldFirst, @Nullable String oldLast,
      @Nullable String oldEmail, @Nullable String newFirst, @Nullable String newLast,
      @Nullable String newEmail, boolean birthDateRewritten) {
    boolean names = rewritten(oldFirst, newFirst) || rewritten(oldLast, newLast);
    boolean email = oldEmail != null && newEmail != null
        && !TextRules.sameFolded(oldEmail, newEmail);
    if (!names && !email && !birthDateRewritten) {
      return;
    }
    add(Dimension.REWRITES, 1);
    if (names && oldFirst != null && oldFirst.equals(newLast) && oldLast != null
        && oldLast.equals(newFirst)) {
      swappedNames++;
    }
    if (email && oldEmail != null && newEmail != null) {
      String from = domain(oldEmail);
      String to = domain(newEmail);
      if (!from.equals(to)) {
        domainMoves.merge(from + " to " + to, 1, Integer::sum);
      }
    }
  }

  /** A value there was, replaced or cleared. */
  private static boolean rewritten(@Nullable String now, @Nullable String wanted) {
    return now != null && !now.isEmpty() && !now.equals(wanted);
  }

  private static String domain(String email) {
    return TextRules.fold(email.substring(email.lastIndexOf('@') + 1));
  }

  /**
   * Says how many of the records the guard's shares are of are active, where the base holds
   * inactive ones too (the HR Feed deleting leavers): a roster much shorter than the active
   * records is the sign of a truncated export, not one shorter than records already retired.
   *
   * @param records the active records
   * @return this
   */
  public GuardCounts activeRecords(int records) {
    this.activeRecords = records;
    return this;
  }

  /** @return how many rows the roster has */
  public int rosterSize() {
    return rosterSize;
  }

  /**
   * @param dimension a dimension
   * @return how many records the plan touches in it
   */
  public int of(Dimension dimension) {
    if (dimension == Dimension.COMBINED) {
      return of(Dimension.REMOVALS) + of(Dimension.REWRITES) + of(Dimension.REACTIVATIONS);
    }
    return counts[dimension.ordinal()];
  }

  /**
   * What most likely broke the export, when the counts show it: names swapped, one e-mail
   * domain replaced by another, a roster much shorter than what there is.
   *
   * @param base how many records there are now
   * @return the likely causes, for a person; empty when none is recognisable
   */
  public String likelyCauses(int base) {
    StringBuilder causes = new StringBuilder();
    int rewrites = of(Dimension.REWRITES);
    if (rewrites > 0 && swappedNames * 2 >= rewrites) {
      causes.append("; likely cause: first and last names swapped (").append(swappedNames)
          .append(" of the ").append(rewrites).append(" rewrites)");
    }
    domainMoves.entrySet().stream().max(Map.Entry.comparingByValue())
        .filter(move -> rewrites > 0 && move.getValue() * 2 >= rewrites)
        .ifPresent(move -> causes.append("; likely cause: one e-mail domain replaced by "
            + "another (").append(move.getKey()).append(" in ").append(move.getValue())
            .append(" of the ").append(rewrites).append(" rewrites)"));
    int active = activeRecords < 0 ? base : activeRecords;
    if (of(Dimension.REMOVALS) > 0 && active > 0 && rosterSize * 2 < active) {
      causes.append("; likely cause: a truncated export (").append(rosterSize)
          .append(" rows for ").append(active).append(active == base ? " current records)"
              : " active records)");
    }
    return causes.toString();
  }
}
