package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.hrfeed.NewUser;
import io.github.hrsync.hrfeed.UserField;
import io.github.hrsync.hrfeed.UserPatch;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change a plan makes to one HR Feed user.
 *
 * @param kind what it does
 * @param userId the system id of the user changed; {@code null} for a create
 * @param externalId the person's {@code hrId}/{@code externalId}
 * @param email the person's e-mail, for display
 * @param name the person's name, for display
 * @param changes the fields set, with old and new values, in field order
 */
public record PlannedOperation(
    OperationKind kind,
    @Nullable String userId,
    String externalId,
    String email,
    String name,
    List<FieldChange> changes) {

  /**
   * Checks that only creates lack a user id, and copies the changes.
   *
   * @param kind what it does
   * @param userId the system id of the user changed; {@code null} for a create
   * @param externalId the person's {@code hrId}/{@code externalId}
   * @param email the person's e-mail, for display
   * @param name the person's name, for display
   * @param changes the fields set, with old and new values, in field order
   */
  public PlannedOperation {
    Objects.requireNonNull(kind, "kind");
    if ((kind == OperationKind.CREATE) != (userId == null)) {
      throw new IllegalArgumentException(kind + " " + externalId
          + (userId == null ? " needs a user id" : " cannot have a user id"));
    }
    changes = List.copyOf(changes);
  }

  /** @return whether the operation sets the externalId of a user matched by e-mail */
  public boolean adopts() {
    return kind != OperationKind.CREATE
        && changes.stream().anyMatch(change -> change.field() == UserField.EXTERNAL_ID);
  }

  /**
   * @return the create request of a {@link OperationKind#CREATE}
   * @throws InvalidPlanException when this is not a create, or sets no first name, last name or
   *     e-mail
   */
  public NewUser toNewUser() {
    if (kind != OperationKind.CREATE) {
      throw new InvalidPlanException(kind + " " + externalId + " is not a create");
    }
    NewUser.Builder user = NewUser.builder(required(UserField.FIRST_NAME),
        required(UserField.LAST_NAME), required(UserField.EMAIL));
    changes.forEach(change -> user.set(change.field(), change.to()));
    return user.build();
  }

  private String required(UserField field) {
    Object value = value(field);
    if (!(value instanceof String text)) {
      throw new InvalidPlanException("the create of " + externalId + " sets no "
          + field.wireName());
    }
    return text;
  }

  /**
   * @return the partial update of an update, reactivation or deactivation
   * @throws InvalidPlanException when this is a create or a delete
   */
  public UserPatch toPatch() {
    if (kind == OperationKind.CREATE || kind == OperationKind.DELETE) {
      throw new InvalidPlanException(kind + " " + externalId + " sends no patch");
    }
    UserPatch.Builder patch = UserPatch.builder();
    changes.forEach(change -> patch.set(change.field(), change.to()));
    return patch.build();
  }

  private @Nullable Object value(UserField field) {
    return changes.stream().filter(c -> c.field() == field).map(FieldChange::to).findFirst()
        .orElse(null);
  }

  /**
   * Whether the operation takes a user away, by what it does rather than by its kind: a
   * deletion, a deactivation, or any operation that sets {@code isActive} to false (a plan built
   * by hand could label a deactivation an update).
   *
   * @return whether it removes a user
   */
  public boolean removes() {
    return kind.removes() || changes.stream().anyMatch(change ->
        change.field() == UserField.IS_ACTIVE && Boolean.FALSE.equals(change.to()));
  }

  /** @return the wire names of the fields it sets, in order */
  public List<String> fieldNames() {
    return changes.stream().map(change -> change.field().wireName()).toList();
  }

  /**
   * @return the kind, the ids and the fields it sets; never a person's name, e-mail, date of
   *     birth, mobile or field value
   */
  @Override
  public String toString() {
    return "PlannedOperation[" + kind + " " + externalId + (userId == null ? ""
        : " (user " + userId + ")") + ", fields=" + fieldNames() + "]";
  }
}
