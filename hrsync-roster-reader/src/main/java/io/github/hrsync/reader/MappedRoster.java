package io.github.hrsync.reader;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.ScopedRoster;

/**
 * A source read through a mapping: the validated roster with each target's scope, and where
 * each row came from. Give {@link #scoped()} to {@code RosterSync.plan}.
 */
public final class MappedRoster {
  private final ScopedRoster scoped;
  private final long[] lines;

  MappedRoster(ScopedRoster scoped, long[] lines) {
    this.scoped = scoped;
    this.lines = lines;
  }

  /** @return the roster and the rows in each target's scope, for {@code RosterSync.plan} */
  public ScopedRoster scoped() {
    return scoped;
  }

  /** @return the roster: every row in at least one target's scope */
  public Roster roster() {
    return scoped.roster();
  }

  /**
   * @param position a row's position in {@link #roster()}'s employees, from 0
   * @return the file line it was read from (for a query, the row number)
   */
  public long lineOf(int position) {
    return lines[position];
  }

  /**
   * @param target a target
   * @return how many source rows its scope leaves out, those out of every scope included
   */
  public int outOfScope(Target target) {
    return scoped.outOfScope(target);
  }

  @Override
  public String toString() {
    return "MappedRoster[" + scoped + "]";
  }
}
