package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.GuardCounts;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.internal.Lookalikes;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an HR Feed plan does, counted for the guard from its operations: the same count when it
 * is planned and when it is applied (then on the base and the look-alikes listed live), so the
 * rule exists once.
 */
final class HrFeedGuard {
  private HrFeedGuard() {}

  /**
   * @param operations the plan's operations
   * @param rosterSize the roster's rows
   * @param lookalikes the creates beside an unmanaged user with the same name
   * @return the counts
   */
  static GuardCounts counts(List<PlannedOperation> operations, int rosterSize, int lookalikes) {
    GuardCounts counts = new GuardCounts(rosterSize)
        .add(Dimension.REMOVALS, HrFeedPlan.removals(operations))
        .add(Dimension.LOOKALIKES, lookalikes);
    for (PlannedOperation op : operations) {
      if (op.kind() == OperationKind.CREATE) {
        continue;
      }
      if (op.kind() == OperationKind.REACTIVATE) {
        counts.add(Dimension.REACTIVATIONS, 1);
      }
      counts.identity(text(op, UserField.FIRST_NAME, true), text(op, UserField.LAST_NAME, true),
          text(op, UserField.EMAIL, true), text(op, UserField.FIRST_NAME, false),
          text(op, UserField.LAST_NAME, false), text(op, UserField.EMAIL, false),
          false); // the HR Feed keeps no date of birth
    }
    return counts;
  }

  /** The value a change of {@code field} replaces (or sets), or null when it is unchanged. */
  private static @Nullable String text(PlannedOperation op, UserField field, boolean from) {
    for (var change : op.changes()) {
      if (change.field() == field) {
        Object value = from ? change.from() : change.to();
        return value instanceof String text ? text : null;
      }
    }
    return null;
  }

  /**
   * @param options how the HR Feed is planned (its guard)
   * @param base the managed users a removal acts on ({@link ManagedUsers#removableRecords})
   * @param counts what the plan does
   * @return the guard's verdict
   */
  static Verdict verdict(PlanOptions options, int base, GuardCounts counts) {
    return options.guard().verdict("deactivate or delete", "records", base, counts, true);
  }

  /**
   * Users without an externalId, active or not, by the keys of their name and e-mail
   * ({@link Lookalikes}): what a create may stand beside.
   */
  static final class Unmanaged {
    private final Lookalikes.Index index = new Lookalikes.Index();

    void add(User user) {
      if (ManagedUsers.hasExternalId(user)) {
        return;
      }
      if (user.firstName() != null && user.lastName() != null) {
        index.addName(user.firstName() + " " + user.lastName());
      }
      if (user.email() != null) {
        index.addEmail(user.email());
      }
    }

    /** @return how many of the creates may be a person an unmanaged user already is */
    int lookalikes(List<PlannedOperation> operations) {
      if (index.isEmpty()) {
        return 0;
      }
      return (int) operations.stream().filter(op -> op.kind() == OperationKind.CREATE)
          .filter(op -> index.hasName(op.name()) || index.hasEmail(op.email())).count();
    }
  }
}
