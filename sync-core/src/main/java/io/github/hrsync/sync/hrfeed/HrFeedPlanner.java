package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.core.internal.text.TextRules;
import io.github.hrsync.sync.internal.FieldMap;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Computes an {@link HrFeedPlan} from a roster and the users the platform has: a pure function,
 * no network. Matching is by externalId (= {@code hrId}, ignoring case), then, for users without
 * an externalId, by e-mail ignoring case (adoption). Users without externalId that match nothing
 * are left alone. Thread-safe.
 */
public final class HrFeedPlanner {
  private static final Comparator<PlannedOperation> ORDER =
      Comparator.comparing(PlannedOperation::kind)
          .thenComparing(PlannedOperation::externalId, TextRules::compareFolded)
          .thenComparing(op -> Objects.toString(op.userId(), ""));

  private static final UserField[] FIELDS = UserField.values();

  private final PlanOptions options;

  /** @param options how to decide */
  public HrFeedPlanner(PlanOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Plans the changes that make the platform match the roster. The users are read once, in
   * order, and not kept (only their ids and externalIds are), so a listing of any size can be
   * planned against; the first user with an externalId is the one managed.
   *
   * @param roster the complete roster
   * @param current every user the platform has now
   * @param target the HR Feed base URL the users come from, recorded in the plan
   * @return the plan, in deterministic order
   */
  public HrFeedPlan plan(Roster roster, Iterable<User> current, String target) {
    return plan(roster, current, target, UnaryOperator.identity());
  }

  /**
   * Like {@link #plan(Roster, Iterable, String)}, passing every warning (which quotes ids and
   * externalIds the server sent) through {@code redact}, such as the client's
   * {@link io.github.hrsync.hrfeed.HrFeedClient#redact}.
   *
   * @param roster the complete roster
   * @param current every user the platform has now
   * @param target the HR Feed base URL the users come from, recorded in the plan
   * @param redact makes server text safe to show
   * @return the plan, in deterministic order
   */
  public HrFeedPlan plan(Roster roster, Iterable<User> current, String target,
      UnaryOperator<String> redact) {
    LocalDate today = LocalDate.now(options.clock());
    ManagedUsers managed = new ManagedUsers(roster);
    CaseInsensitiveIndex<User> unlinkedByEmail = new CaseInsensitiveIndex<>(16);
    List<String> warnings = new ArrayList<>();
    List<PlannedOperation> operations = new ArrayList<>();
    int count = 0;
    HrFeedGuard.Unmanaged unmanaged = new HrFeedGuard.Unmanaged();
    for (User user : current) {
      count++;
      unmanaged.add(user);
      String externalId = user.externalId();
      if (externalId != null && ManagedUsers.hasExternalId(user)) {
        int slot = managed.add(user);
        if (slot == ManagedUsers.REPEAT) {
          String earlier = managed.earlier(user);
          warnings.add("users " + earlier + " and " + user.id() + " share externalId '"
              + externalId + "'; only user " + earlier + " is managed");
          continue;
        }
        if (!leftAlone(user, warnings)) {
          add(operations, slot == ManagedUsers.NO_ROW ? leave(user)
              : change(managed.row(slot), user, today, warnings));
        }
      } else if (options.adoptByEmail() && user.email() != null) {
        unlinkedByEmail.putIfAbsent(user.email(), user);
      }
    }
    for (SourceEmployee employee : managed.unclaimedRows()) {
      User user = unlinkedByEmail.isEmpty() ? null : unlinkedByEmail.remove(employee.email());
      if (user == null || !leftAlone(user, warnings)) {
        add(operations, user == null
            ? create(employee, today) : change(employee, user, today, warnings));
      }
    }
    operations.sort(ORDER);
    warnings.replaceAll(redact);
    int removableRecords = managed.removableRecords(options.deleteLeavers());
    return new HrFeedPlan(target, options.describe(), operations, count, removableRecords,
        roster.size(), warnings, HrFeedGuard.verdict(options, removableRecords,
        HrFeedGuard.counts(operations, roster.size(), unmanaged.lookalikes(operations))
            .activeRecords(managed.active())));
  }

  /**
   * Whether a matched user is left out of the plan because the SDK did not read all of it (its
   * custom fields passed the reading limits): it is neither changed nor created again, and a
   * warning says so. Every other user is planned as usual.
   */
  private static boolean leftAlone(User user, List<String> warnings) {
    if (!user.customFields().isUnreadable()) {
      return false;
    }
    warnings.add("user " + user.id() + " (" + Objects.toString(user.externalId(),
        String.valueOf(user.email())) + ") left alone: its custom "
        + "fields were not read (" + user.customFields().why() + ")");
    return true;
  }

  private static void add(List<PlannedOperation> operations, @Nullable PlannedOperation op) {
    if (op != null) {
      operations.add(op);
    }
  }

  private @Nullable PlannedOperation create(SourceEmployee employee, LocalDate today) {
    if (employee.hasLeft(today)) {
      return null; // never create a profile for somebody who has already left
    }
    List<FieldChange> changes = new ArrayList<>();
    for (UserField field : FIELDS) {
      Object value = wanted(field, employee, CustomFields.empty());
      if (value != null) {
        changes.add(new FieldChange(field, null, value));
      }
    }
    return new PlannedOperation(OperationKind.CREATE, null, employee.hrId(), employee.email(),
        name(employee), changes);
  }

  private @Nullable PlannedOperation change(SourceEmployee employee, User user, LocalDate today,
      List<String> warnings) {
    boolean adopting = !ManagedUsers.hasExternalId(user);
    if (employee.hasLeft(today)) {
      if (options.deleteLeavers()) {
        // a leaver kept in the export is deleted like one dropped from it, active or not
        return new PlannedOperation(OperationKind.DELETE, user.id(), employee.hrId(),
            employee.email(), name(employee), List.of());
      }
      if (!user.active()) {
        return null; // a leaver who is already inactive needs nothing
      }
      List<FieldChange> changes = new ArrayList<>();
      if (adopting) {
        changes.add(new FieldChange(UserField.EXTERNAL_ID, null, employee.hrId()));
      }
      changes.add(new FieldChange(UserField.IS_ACTIVE, true, false));
      return new PlannedOperation(OperationKind.DEACTIVATE, user.id(), employee.hrId(),
          employee.email(), name(employee), changes);
    }
    FieldMap customFields = changeableCustomFields(employee, user, warnings);
    List<FieldChange> changes = null;
    for (UserField field : FIELDS) {
      if (differs(field, employee, user, adopting, customFields)) {
        if (changes == null) {
          changes = new ArrayList<>();
        }
        changes.add(new FieldChange(field, field.valueOf(user), field == UserField.CUSTOM_FIELDS
            ? with(user.customFields(), customFields) : wanted(field, employee, user.customFields())));
      }
    }
    if (changes == null) {
      return null;
    }
    return new PlannedOperation(user.active() ? OperationKind.UPDATE : OperationKind.REACTIVATE,
        user.id(), employee.hrId(), employee.email(), name(employee), changes);
  }

  private @Nullable PlannedOperation leave(User user) {
    String name = Objects.toString(user.firstName(), "") + " " + Objects.toString(user.lastName(), "");
    String email = Objects.toString(user.email(), "");
    String externalId = Objects.requireNonNull(user.externalId());
    if (options.deleteLeavers()) {
      return new PlannedOperation(OperationKind.DELETE, user.id(), externalId, email, name.strip(),
          List.of());
    }
    if (!user.active()) {
      return null;
    }
    return new PlannedOperation(OperationKind.DEACTIVATE, user.id(), externalId, email,
        name.strip(), List.of(new FieldChange(UserField.IS_ACTIVE, true, false)));
  }

  /**
   * The value an active employee's user should have ({@code null}: no value). Custom fields the
   * roster does not name are kept exactly: the platform may define more of them.
   */
  private static @Nullable Object wanted(UserField field, SourceEmployee employee,
      CustomFields currentCustomFields) {
    return switch (field) {
      case FIRST_NAME -> employee.firstName();
      case LAST_NAME -> employee.lastName();
      case EMAIL -> employee.email();
      case MIDDLE_NAME -> employee.middleName();
      case MOBILE -> employee.mobile();
      case GENDER -> employee.gender();
      case COUNTRY_CODE -> employee.countryCode();
      case CULTURE_CODE -> employee.cultureCode();
      case IS_ACTIVE -> Boolean.TRUE;
      case EXTERNAL_ID -> employee.hrId();
      case UNIT -> employee.unitExternalId() == null
          ? null : Unit.ofExternalId(employee.unitExternalId());
      case CUSTOM_FIELDS -> currentCustomFields.isEmpty() && employee.customFields().isEmpty()
          ? null : with(currentCustomFields, employee.customFields());
    };
  }

  /**
   * The user's custom fields with the roster's differing values set in place; every other
   * element, an equal value included, is kept exactly.
   */
  private static CustomFields with(CustomFields current, Map<String, String> roster) {
    FieldMap fields = FieldMap.copyOf(roster);
    CustomFields result = current;
    for (int i = 0; i < fields.size(); i++) {
      // a validated roster has a name and a value for every custom field
      String name = Objects.requireNonNull(fields.nameAt(i), "a custom field has a name");
      String value = Objects.requireNonNull(fields.valueAt(i), "a custom field has a value");
      if (!holds(current, name, value)) {
        result = result.with(name, value);
      }
    }
    return result;
  }

  /**
   * The roster's custom fields the plan may set: all but those the user has more than once,
   * which are left alone with a warning (which of them is meant is unknown).
   */
  private static FieldMap changeableCustomFields(SourceEmployee employee, User user,
      List<String> warnings) {
    FieldMap roster = FieldMap.copyOf(employee.customFields());
    if (roster.isEmpty() || user.customFields().isEmpty()) {
      return roster;
    }
    Map<String, String> changeable = null;
    for (int i = 0; i < roster.size(); i++) {
      String name = Objects.requireNonNull(roster.nameAt(i), "a custom field has a name");
      int count = user.customFields().count(name);
      if (count > 1) {
        if (changeable == null) {
          changeable = new LinkedHashMap<>(roster);
        }
        changeable.remove(name);
        warnings.add("user " + user.id() + " (" + employee.hrId() + ") has custom field '" + name
            + "' " + count + " times; left alone, which one the roster means is unknown");
      }
    }
    return changeable == null ? roster : FieldMap.copyOf(changeable);
  }

  /** Compares one field without building the wanted value, so unchanged users cost nothing. */
  private boolean differs(UserField field, SourceEmployee employee, User user, boolean adopting,
      FieldMap customFields) {
    return switch (field) {
      case FIRST_NAME -> !employee.firstName().equals(user.firstName());
      case LAST_NAME -> !employee.lastName().equals(user.lastName());
      case EMAIL -> user.email() == null || (options.emailCaseSensitive()
          ? !user.email().equals(employee.email())
          : !TextRules.sameFolded(user.email(), employee.email()));
      case MIDDLE_NAME -> differs(field, employee.middleName(), user.middleName());
      case MOBILE -> differs(field, employee.mobile(), user.mobile());
      case GENDER -> differs(field, employee.gender(), user.gender());
      case COUNTRY_CODE -> differs(field, employee.countryCode(), user.countryCode());
      case CULTURE_CODE -> differs(field, employee.cultureCode(), user.cultureCode());
      case IS_ACTIVE -> !user.active();
      case EXTERNAL_ID -> adopting;
      case UNIT -> employee.unitExternalId() == null ? user.unit() != null && clears(field)
          : user.unit() == null || !employee.unitExternalId().equals(user.unit().externalId());
      case CUSTOM_FIELDS -> !containsAll(user.customFields(), customFields);
    };
  }

  /**
   * Whether the user already has every roster value: then setting them changes nothing. A
   * number or boolean the server holds equals the roster's text of it ({@code 1} and
   * {@code "1"}); an object, array or null never equals text.
   */
  private static boolean containsAll(CustomFields current, FieldMap wanted) {
    for (int i = 0; i < wanted.size(); i++) {
      String name = wanted.nameAt(i);
      String value = wanted.valueAt(i);
      if (name == null || value == null || !holds(current, name, value)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the user has the field once, with the roster's text or a scalar spelled so. */
  private static boolean holds(CustomFields current, String name, String text) {
    if (current.count(name) != 1) {
      return false;
    }
    Object value = current.value(name);
    boolean scalar = value instanceof String || value instanceof Number
        || value instanceof Boolean;
    return scalar && text.equals(String.valueOf(value));
  }

  private boolean differs(UserField field, @Nullable String wanted, @Nullable String now) {
    return wanted == null ? now != null && clears(field) : !wanted.equals(now);
  }

  private boolean clears(UserField field) {
    return options.clearMissingFields() && !field.neverNull();
  }

  private static String name(SourceEmployee employee) {
    return employee.firstName() + " " + employee.lastName();
  }

}
