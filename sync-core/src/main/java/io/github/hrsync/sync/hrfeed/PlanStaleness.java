package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a plan's assumptions against the users the platform has now, reading them once without
 * keeping them, and counts the base of the removal guard on the way.
 */
final class PlanStaleness {
  private PlanStaleness() {}

  /**
   * What the platform looks like now, as far as applying a plan depends on it.
   *
   * @param removableRecords the base of the removal guard now (see {@link ManagedUsers#removableRecords})
   * @param reasons why the plan is stale; empty when it can be applied as is
   * @param lookalikes the plan's creates beside an unmanaged user with the same name, now
   * @param active the managed users active now
   */
  record Live(int removableRecords, List<String> reasons, int lookalikes, int active) {}

  static Live check(HrFeedPlan plan, Iterable<User> current, boolean deleteLeavers) {
    Map<String, PlannedOperation> byUserId = new HashMap<>();
    CaseInsensitiveIndex<PlannedOperation> creates = new CaseInsensitiveIndex<>(16);
    for (PlannedOperation op : plan.operations()) {
      if (op.kind() == OperationKind.CREATE) {
        creates.putIfAbsent(op.externalId(), op);
      } else {
        byUserId.put(op.userId(), op);
      }
    }
    List<String> reasons = new ArrayList<>();
    ManagedUsers managed = new ManagedUsers();
    HrFeedGuard.Unmanaged unmanaged = new HrFeedGuard.Unmanaged();
    for (User user : current) {
      unmanaged.add(user);
      String externalId = user.externalId();
      if (ManagedUsers.hasExternalId(user)) {
        managed.add(user);
      }
      if (externalId != null && !creates.isEmpty()) {
        PlannedOperation create = creates.remove(externalId);
        if (create != null) {
          reasons.add("create " + create.externalId() + ": user " + user.id()
              + " with that externalId exists now");
        }
      }
      PlannedOperation op = byUserId.remove(user.id());
      if (op != null) {
        compare(op, user, reasons);
      }
    }
    byUserId.values().stream()
        .sorted(java.util.Comparator.comparing(PlannedOperation::externalId))
        .forEach(op -> reasons.add(op.kind().verb() + " " + op.externalId() + ": user "
            + op.userId() + " no longer exists"));
    return new Live(managed.removableRecords(deleteLeavers), reasons,
        unmanaged.lookalikes(plan.operations()), managed.active());
  }

  private static void compare(PlannedOperation op, User user, List<String> reasons) {
    for (FieldChange change : op.changes()) {
      Object now = change.field().valueOf(user);
      if (!same(change.field(), now, change.from())) {
        // the field, never its values: a reason ends up in exception messages and logs
        reasons.add(op.kind().verb() + " " + op.externalId() + ": " + change.field().wireName()
            + " changed since the plan");
      }
    }
  }

  private static boolean same(UserField field, @Nullable Object now, @Nullable Object planned) {
    if (field == UserField.UNIT && now instanceof Unit a && planned instanceof Unit b) {
      return Objects.equals(a.externalId(), b.externalId()) && Objects.equals(a.id(), b.id());
    }
    if (field == UserField.CUSTOM_FIELDS && planned == null) {
      return now == null || ((CustomFields) now).isEmpty();
    }
    return Objects.equals(now, planned);
  }
}
