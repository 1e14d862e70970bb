package io.github.hrsync.sync.jobticket;

import io.github.hrsync.jobticket.SyncEmployee;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The roster a replace sends, as {@link SyncEmployee}s sorted by {@code hrId}: a view of a
 * validated {@link Roster}'s {@link Roster#employeesByHrId()}, so that a plan of 1,000,000
 * employees holds no second copy of every row. Each element is made when read. Only
 * {@link JobTicketSync#plan} makes one, so {@link JobTicketSync#apply} can trust its roster.
 * Immutable.
 */
final class SortedPayload extends AbstractList<SyncEmployee> implements RandomAccess {
  private final Roster roster;
  private final List<SourceEmployee> sorted;

  SortedPayload(Roster roster) {
    this.roster = roster;
    this.sorted = roster.employeesByHrId();
  }

  /** @return the roster this payload is a view of */
  Roster roster() {
    return roster;
  }

  @Override
  public SyncEmployee get(int index) {
    // a valid roster's row always passes SyncEmployee's checks, which are a subset of its own
    SourceEmployee row = sorted.get(index);
    return new SyncEmployee(row.firstName(), row.lastName(), row.email(), row.profileImage(),
        row.dateOfBirth(), row.hrId(), row.startDate(), row.terminationDate(),
        row.autoSyncEmployee(), row.absences());
  }

  @Override
  public int size() {
    return sorted.size();
  }
}
