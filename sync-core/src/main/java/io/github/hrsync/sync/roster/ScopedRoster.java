package io.github.hrsync.sync.roster;

import io.github.hrsync.sync.plan.Target;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A roster and who of it each target gets: a target's scope leaves some rows out (only one
 * country's employees get JobTicket, say, while everyone gets the HR Feed). A row out of a
 * target's scope is never sent there, and one that leaves a scope is a removal on that target,
 * weighed by its guard like any other. Immutable.
 */
public final class ScopedRoster {
  private final Roster roster;
  private final Map<Target, Roster> scoped;
  private final int outOfEveryScope;

  private ScopedRoster(Roster roster, Map<Target, Roster> scoped, int outOfEveryScope) {
    this.roster = roster;
    this.scoped = scoped;
    this.outOfEveryScope = outOfEveryScope;
  }

  /**
   * @param roster the roster
   * @return the roster with every row in every target's scope
   */
  public static ScopedRoster of(Roster roster) {
    return of(roster, 0);
  }

  /**
   * @param roster the rows in at least one target's scope
   * @param outOfEveryScope how many rows of the source no target's scope keeps (they are not in
   *     the roster, and each target's count of rows left out includes them)
   * @return the roster with every row in every target's scope, until {@link #scope} says
   *     otherwise
   */
  public static ScopedRoster of(Roster roster, int outOfEveryScope) {
    if (outOfEveryScope < 0) {
      throw new IllegalArgumentException("outOfEveryScope must not be negative, was "
          + outOfEveryScope);
    }
    return new ScopedRoster(Objects.requireNonNull(roster, "roster"),
        new EnumMap<>(Target.class), outOfEveryScope);
  }

  /**
   * Sets one target's scope.
   *
   * @param target the target
   * @param inScope whether the row at a position of {@link Roster#employees()} is in the scope
   * @return a copy with that scope (replacing any before)
   */
  public ScopedRoster scope(Target target, IntPredicate inScope) {
    Objects.requireNonNull(target, "target");
    List<SourceEmployee> rows = roster.employees();
    List<SourceEmployee> kept = new ArrayList<>(rows.size());
    for (int position = 0; position < rows.size(); position++) {
      if (inScope.test(position)) {
        kept.add(rows.get(position));
      }
    }
    Map<Target, Roster> copy = new EnumMap<>(Target.class);
    copy.putAll(scoped);
    // a part of a valid roster is one: its rows were checked, one by one and together
    copy.put(target, kept.size() == rows.size() ? roster : Roster.validated(kept));
    return new ScopedRoster(roster, copy, outOfEveryScope);
  }

  /** @return the whole roster, every scope's rows included */
  public Roster roster() {
    return roster;
  }

  /**
   * @param target a target
   * @return the rows in its scope, in roster order
   */
  public Roster forTarget(Target target) {
    return scoped.getOrDefault(target, roster);
  }

  /**
   * @param target a target
   * @return how many source rows its scope leaves out, those out of every scope included
   */
  public int outOfScope(Target target) {
    return outOfEveryScope + roster.size() - forTarget(target).size();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ScopedRoster[" + roster.size() + " employees");
    scoped.forEach((target, rows) -> text.append(", ").append(target.displayName()).append(' ')
        .append(rows.size()));
    return text.append(']').toString();
  }
}
