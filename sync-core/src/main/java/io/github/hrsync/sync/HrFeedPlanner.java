package io.github.hrsync.sync;

import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
          .thenComparing(op -> op.externalId().toLowerCase(Locale.ROOT))
          .thenComparing(op -> Objects.toString(op.userId(), ""));

  private final PlanOptions options;

  /** @param options how to decide */
  public HrFeedPlanner(PlanOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Plans the changes that make the platform match the roster.
   *
   * @param roster the complete roster
   * @param current every user the platform has now
   * @return the plan, in deterministic order
   */
  public HrFeedPlan plan(Roster roster, Collection<User> current) {
    LocalDate today = LocalDate.now(options.clock());
    Map<String, User> byExternalId = new HashMap<>();
    Map<String, User> unlinkedByEmail = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    int managedActive = 0;
    for (User user : current) {
      if (user.externalId() != null && !user.externalId().isBlank()) {
        User earlier = byExternalId.putIfAbsent(key(user.externalId()), user);
        if (earlier != null) {
          warnings.add("users " + earlier.id() + " and " + user.id() + " share externalId '"
              + user.externalId() + "'; only user " + earlier.id() + " is managed");
        } else if (user.active()) {
          managedActive++;
        }
      } else if (options.adoptByEmail() && user.email() != null) {
        unlinkedByEmail.putIfAbsent(key(user.email()), user);
      }
    }
    List<PlannedOperation> operations = new ArrayList<>();
    Set<String> inRoster = new HashSet<>();
    for (SourceEmployee employee : roster.employees()) {
      inRoster.add(key(employee.hrId()));
      User user = byExternalId.get(key(employee.hrId()));
      if (user == null) {
        user = unlinkedByEmail.remove(key(employee.email()));
      }
      PlannedOperation operation = user == null
          ? create(employee, today) : change(employee, user, today);
      if (operation != null) {
        operations.add(operation);
      }
    }
    for (User user : byExternalId.values()) {
      if (!inRoster.contains(key(Objects.requireNonNull(user.externalId())))) {
        PlannedOperation operation = leave(user);
        if (operation != null) {
          operations.add(operation);
        }
      }
    }
    operations.sort(ORDER);
    return new HrFeedPlan(operations, current.size(), managedActive, roster.size(), warnings);
  }

  private @Nullable PlannedOperation create(SourceEmployee employee, LocalDate today) {
    if (employee.hasLeft(today)) {
      return null; // never create a profile for somebody who has already left
    }
    List<FieldChange> changes = new ArrayList<>();
    desired(employee, Map.of()).forEach((field, value) -> {
      if (value != null) {
        changes.add(new FieldChange(field, null, value));
      }
    });
    return new PlannedOperation(OperationKind.CREATE, null, employee.hrId(), employee.email(),
        name(employee), changes);
  }

  private @Nullable PlannedOperation change(SourceEmployee employee, User user, LocalDate today) {
    boolean active = !employee.hasLeft(today);
    boolean adopting = user.externalId() == null || user.externalId().isBlank();
    List<FieldChange> changes = new ArrayList<>();
    OperationKind kind;
    if (!active) {
      if (!user.active()) {
        return null; // a leaver who is already inactive needs nothing
      }
      kind = OperationKind.DEACTIVATE;
      if (adopting) {
        changes.add(new FieldChange(UserField.EXTERNAL_ID, null, employee.hrId()));
      }
      changes.add(new FieldChange(UserField.IS_ACTIVE, true, false));
    } else {
      kind = user.active() ? OperationKind.UPDATE : OperationKind.REACTIVATE;
      desired(employee, user.customFields()).forEach((field, wanted) -> {
        Object now = field == UserField.IS_ACTIVE ? (Object) user.active() : field.valueOf(user);
        if (differs(field, now, wanted, adopting)) {
          changes.add(new FieldChange(field, now, wanted));
        }
      });
      if (changes.isEmpty()) {
        return null;
      }
    }
    return new PlannedOperation(kind, user.id(), employee.hrId(), employee.email(),
        name(employee), changes);
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

  /** The state of an active employee's user, field by field ({@code null}: no value). */
  private static Map<UserField, @Nullable Object> desired(SourceEmployee employee,
      Map<String, String> currentCustomFields) {
    Map<UserField, @Nullable Object> fields = new EnumMap<>(UserField.class);
    fields.put(UserField.FIRST_NAME, employee.firstName());
    fields.put(UserField.LAST_NAME, employee.lastName());
    fields.put(UserField.EMAIL, employee.email());
    fields.put(UserField.MIDDLE_NAME, employee.middleName());
    fields.put(UserField.MOBILE, employee.mobile());
    fields.put(UserField.GENDER, employee.gender());
    fields.put(UserField.COUNTRY_CODE, employee.countryCode());
    fields.put(UserField.CULTURE_CODE, employee.cultureCode());
    fields.put(UserField.IS_ACTIVE, true);
    fields.put(UserField.EXTERNAL_ID, employee.hrId());
    fields.put(UserField.UNIT, employee.unitExternalId() == null
        ? null : Unit.ofExternalId(employee.unitExternalId()));
    // custom fields the roster does not name are kept: the platform may define more of them
    Map<String, String> customFields = new LinkedHashMap<>(currentCustomFields);
    customFields.putAll(employee.customFields());
    fields.put(UserField.CUSTOM_FIELDS, customFields.isEmpty() ? null : customFields);
    return fields;
  }

  private boolean differs(UserField field, @Nullable Object now, @Nullable Object wanted,
      boolean adopting) {
    if (wanted == null) {
      return now != null && options.clearMissingFields() && !field.neverNull();
    }
    return switch (field) {
      case EMAIL -> now == null || (options.emailCaseSensitive()
          ? !now.equals(wanted) : !now.toString().equalsIgnoreCase(wanted.toString()));
      case EXTERNAL_ID -> adopting;
      case UNIT -> now == null || !Objects.equals(((Unit) now).externalId(),
          ((Unit) wanted).externalId());
      default -> !Objects.equals(now, wanted);
    };
  }

  private static String name(SourceEmployee employee) {
    return employee.firstName() + " " + employee.lastName();
  }

  private static String key(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
