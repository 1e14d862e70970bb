package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.hrfeed.User;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The HR Feed users a sync manages: of the users listed with an externalId, the first with each
 * externalId (compared by the shared folding rule); a later user with the same externalId is left
 * alone. It counts the base of the removal guard, so that planning and applying read the base by
 * this one rule. Not thread-safe.
 */
final class ManagedUsers {
  private final CaseInsensitiveIndex<String> idsByExternalId;
  private int active;
  private int managed;

  /** @param expected about how many users will be added */
  ManagedUsers(int expected) {
    this.idsByExternalId = new CaseInsensitiveIndex<>(expected);
  }

  /** @return whether the user carries an externalId, so that a sync can manage it */
  static boolean hasExternalId(User user) {
    return user.externalId() != null && !user.externalId().isBlank();
  }

  /**
   * Records a user that carries an externalId.
   *
   * @param user the user, in listing order
   * @return the id of the earlier user with the same externalId (this one is then not managed),
   *     or {@code null} when this user is managed
   */
  @Nullable String add(User user) {
    String earlier = idsByExternalId.putIfAbsent(
        Objects.requireNonNull(user.externalId(), "a managed user has an externalId"), user.id());
    if (earlier == null) {
      managed++;
      active += user.active() ? 1 : 0;
    }
    return earlier;
  }

  /**
   * The base of the removal guard: the managed users a removal can act on. When leavers are
   * deactivated, the active ones; when they are deleted, all of them, since deleting an inactive
   * user removes it too (so "300 of 100 current records" cannot be said).
   *
   * @param deleteLeavers whether leavers are deleted
   * @return the base
   */
  int guardBase(boolean deleteLeavers) {
    return deleteLeavers ? managed : active;
  }
}
