package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The HR Feed users a sync manages, joined with the roster by externalId in one pass: of the
 * users listed with an externalId, the first with each externalId (compared by the shared
 * folding rule) is managed, and a later user with the same externalId is left alone. A managed
 * user claims the roster row of its externalId; the rows no user claims are left over. It counts
 * the base of the removal guard, so that planning and applying read the base by this one rule.
 *
 * <p>The roster's own index finds a user's row ({@link Roster#indexOf}), and beside each row
 * position is the id of the user that claimed it, so a listed user costs one hash and one probe
 * and nothing is built per plan but that array; externalIds the roster lacks (leavers) go to a
 * small table. Not thread-safe.
 */
final class ManagedUsers {
  /** {@link #add}: the user is managed, and no roster row has its externalId. */
  static final int NO_ROW = -1;
  /** {@link #add}: an earlier user has the externalId; this one is left alone. */
  static final int REPEAT = -2;

  private final @Nullable Roster roster;
  private final @Nullable String[] claimedBy;
  private final CaseInsensitiveIndex<String> others = new CaseInsensitiveIndex<>(16);
  private int active;
  private int managed;

  /** Users alone, without a roster (apply-time checks). */
  ManagedUsers() {
    this.roster = null;
    this.claimedBy = new String[0];
  }

  /** @param roster the roster whose rows users claim */
  ManagedUsers(Roster roster) {
    this.roster = roster;
    this.claimedBy = new String[roster.size()];
  }

  /** @return whether the user carries an externalId, so that a sync can manage it */
  static boolean hasExternalId(User user) {
    return user.externalId() != null && !user.externalId().isBlank();
  }

  /**
   * Records a user that carries an externalId.
   *
   * @param user the user, in listing order
   * @return the position of the roster row it claims (see {@link #row}), {@link #NO_ROW} when
   *     it is managed without one, or {@link #REPEAT} when an earlier user has its externalId
   */
  int add(User user) {
    String externalId = Objects.requireNonNull(user.externalId(),
        "a managed user has an externalId");
    int slot = roster == null ? -1 : roster.indexOf(externalId);
    if (slot >= 0 ? claimedBy[slot] != null
        : others.putIfAbsent(externalId, user.id()) != null) {
      return REPEAT;
    }
    if (slot >= 0) {
      claimedBy[slot] = user.id();
    }
    managed++;
    active += user.active() ? 1 : 0;
    return slot >= 0 ? slot : NO_ROW;
  }

  /**
   * @param user a user {@link #add} called a {@link #REPEAT}
   * @return the id of the earlier user with its externalId, the one managed
   */
  String earlier(User user) {
    String externalId = Objects.requireNonNull(user.externalId());
    int slot = roster == null ? -1 : roster.indexOf(externalId);
    return Objects.requireNonNull(slot >= 0 ? claimedBy[slot] : others.get(externalId));
  }

  /**
   * @param position a position {@link #add} returned
   * @return the roster row there
   */
  SourceEmployee row(int position) {
    return Objects.requireNonNull(roster, "a row comes from the roster").employees()
        .get(position);
  }

  /** @return the roster rows no user claimed, in roster order */
  List<SourceEmployee> unclaimedRows() {
    List<SourceEmployee> left = new ArrayList<>();
    for (int position = 0; position < claimedBy.length; position++) {
      if (claimedBy[position] == null) {
        left.add(row(position));
      }
    }
    return left;
  }

  /**
   * The base of the removal guard: the managed users a removal can act on. When leavers are
   * deactivated, the active ones; when they are deleted, all of them, since deleting an inactive
   * user removes it too (so "300 of 100 current records" cannot be said).
   *
   * @param deleteLeavers whether leavers are deleted
   * @return the base
   */
  int removableRecords(boolean deleteLeavers) {
    return deleteLeavers ? managed : active;
  }

  /** @return the managed users that are active: what a roster that is whole roughly matches */
  int active() {
    return active;
  }
}
