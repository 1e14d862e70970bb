package io.github.hrsync.sync;

import io.github.hrsync.core.internal.TextRules;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Checks a plan's assumptions against the users the platform has now. */
final class PlanStaleness {
  private PlanStaleness() {}

  static List<String> check(HrFeedPlan plan, Collection<User> current) {
    Map<String, User> byId = new HashMap<>();
    Map<String, User> byExternalId = new HashMap<>();
    for (User user : current) {
      byId.put(user.id(), user);
      if (user.externalId() != null) {
        byExternalId.putIfAbsent(TextRules.fold(user.externalId()), user);
      }
    }
    List<String> reasons = new ArrayList<>();
    for (PlannedOperation op : plan.operations()) {
      if (op.kind() == OperationKind.CREATE) {
        User existing = byExternalId.get(TextRules.fold(op.externalId()));
        if (existing != null) {
          reasons.add("create " + op.externalId() + ": user " + existing.id()
              + " with that externalId exists now");
        }
        continue;
      }
      User user = byId.get(op.userId());
      if (user == null) {
        reasons.add(op.kind().verb() + " " + op.externalId() + ": user " + op.userId()
            + " no longer exists");
        continue;
      }
      for (FieldChange change : op.changes()) {
        Object now = change.field() == UserField.IS_ACTIVE
            ? (Object) user.active() : change.field().valueOf(user);
        if (!same(change.field(), now, change.from())) {
          reasons.add(op.kind().verb() + " " + op.externalId() + ": " + change.field().wireName()
              + " is " + PlanText.show(now) + " now, the plan expected "
              + PlanText.show(change.from()));
        }
      }
    }
    return reasons;
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
