package io.github.hrsync.sync.roster;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A roster's rows in {@code hrId} order, the position there of the row in each slot of the
 * roster's index, and the roster's digests: what JobTicket's plan and a sync's record need, made
 * together when first asked for, so that a roster only ever planned for the HR Feed never pays
 * for them. Immutable once made.
 */
final class HrIdOrder {
  final List<SourceEmployee> sorted;
  /** The position in {@link #sorted} of the employee in each slot of the roster's index. */
  private final int[] rankAtSlot;
  final String digest;
  final String jobTicketDigest;

  HrIdOrder(List<SourceEmployee> employees, CaseInsensitiveIndex<SourceEmployee> byHrId) {
    SourceEmployee[] rows = employees.toArray(new SourceEmployee[0]);
    Arrays.sort(rows, Comparator.comparing(SourceEmployee::hrId));
    this.sorted = List.of(rows);
    this.rankAtSlot = new int[byHrId.capacity()];
    for (int rank = rows.length - 1; rank >= 0; rank--) {
      // backwards, so that the first of rows sharing an hrId (never in a valid roster) wins
      rankAtSlot[byHrId.slotOf(rows[rank].hrId())] = rank;
    }
    RosterDigest.Digests digests = RosterDigest.of(sorted);
    this.digest = digests.roster();
    this.jobTicketDigest = digests.jobTicket();
  }

  /**
   * @param slot a slot of the roster's index that holds a row
   * @return that row's position in {@link #sorted}
   */
  int rankAt(int slot) {
    return rankAtSlot[slot];
  }
}
