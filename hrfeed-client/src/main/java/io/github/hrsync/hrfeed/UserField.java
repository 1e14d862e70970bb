package io.github.hrsync.hrfeed;

import io.github.hrsync.core.internal.text.TextRules;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The writable fields of a user, in the documented order, with their wire names. A
 * {@link UserPatch} is keyed by them, and a sync plan names them in its field diffs.
 */
public enum UserField {
  /** {@code firstName}, required: never cleared. */
  FIRST_NAME("firstName", String.class, true, User::firstName),
  /** {@code lastName}, required: never cleared. */
  LAST_NAME("lastName", String.class, true, User::lastName),
  /** {@code email}, required: never cleared. */
  EMAIL("email", String.class, true, User::email),
  /** {@code middleName}. */
  MIDDLE_NAME("middleName", String.class, false, User::middleName),
  /** {@code mobile}. */
  MOBILE("mobile", String.class, false, User::mobile),
  /** {@code gender}: a title such as Mr, Mrs, Ms. */
  GENDER("gender", String.class, false, User::gender),
  /** {@code countryCode}: ISO 3166-1 alpha-2. */
  COUNTRY_CODE("countryCode", String.class, false, User::countryCode),
  /** {@code cultureCode}: such as sv-SE. */
  CULTURE_CODE("cultureCode", String.class, false, User::cultureCode),
  /**
   * {@code isActive}: never cleared, only true or false; read as {@link User#active()}, so a
   * user whose flag the server leaves out reads as active (the one reading of the flag).
   */
  IS_ACTIVE("isActive", Boolean.class, true, User::active),
  /** {@code externalId}: your id for the person. */
  EXTERNAL_ID("externalId", String.class, false, User::externalId),
  /** {@code unit}: the organisational unit. */
  UNIT("unit", Unit.class, false, User::unit),
  /** {@code customFields}: the whole array of custom fields ({@link CustomFields}). */
  CUSTOM_FIELDS("customFields", CustomFields.class, true, User::customFields);

  private final String wireName;
  private final Class<?> type;
  private final boolean neverNull;
  private final Function<User, @Nullable Object> reader;

  UserField(String wireName, Class<?> type, boolean neverNull,
      Function<User, @Nullable Object> reader) {
    this.wireName = wireName;
    this.type = type;
    this.neverNull = neverNull;
    this.reader = reader;
  }

  /** @return the field's JSON name */
  public String wireName() {
    return wireName;
  }

  /** @return whether the field cannot be set to {@code null} */
  public boolean neverNull() {
    return neverNull;
  }

  /**
   * Reads this field of a user.
   *
   * @param user the user
   * @return the current value, {@code null} when unset
   */
  public @Nullable Object valueOf(User user) {
    return reader.apply(user);
  }

  Object check(@Nullable Object value) {
    if (value == null) {
      if (neverNull) {
        throw new IllegalArgumentException(wireName + " cannot be set to null");
      }
      return UserPatch.NULL;
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(wireName + " takes a " + type.getSimpleName()
          + ", was a " + value.getClass().getSimpleName());
    }
    if (value instanceof String text) {
      if (text.isBlank() && neverNull) {
        throw new IllegalArgumentException(wireName + " must not be blank");
      }
      if (this == EMAIL) {
        TextRules.requireEmail(text, wireName);
      } else {
        TextRules.checkText(text, wireName);
      }
    }
    return value;
  }
}
