package io.github.hrsync.hrfeed;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partial update: each field is either left unchanged (not set), set to {@code null}, or set to
 * a value. Only set fields are sent, in the documented field order, so
 * {@code UserPatch.builder().mobile("+46709876543").isActive(false).build()} sends exactly
 * {@code {"mobile":"+46709876543","isActive":false}}.
 *
 * <p>Whether the server clears a field on {@code null} is not published; {@code null} is sent
 * only where the caller sets it. {@code customFields} is sent whole, as the complete desired
 * array ({@link CustomFields}): correct whether the server replaces or merges the array (a merging
 * server cannot remove a field through this API). Immutable.
 */
public final class UserPatch {
  /** Marks a field set to {@code null}. */
  static final Object NULL = new Object();

  private final Map<UserField, Object> fields;

  private UserPatch(Map<UserField, Object> fields) {
    this.fields = Collections.unmodifiableMap(new EnumMap<>(fields));
  }

  /** @return a new builder with every field left unchanged */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether no field is set */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /**
   * The set fields and their values ({@code null} for fields set to null), in field order.
   *
   * @return the set fields
   */
  public Map<UserField, @Nullable Object> fields() {
    Map<UserField, @Nullable Object> view = new EnumMap<>(UserField.class);
    fields.forEach((field, value) -> view.put(field, value == NULL ? null : value));
    return Collections.unmodifiableMap(view);
  }

  /**
   * @param field a field
   * @return whether the patch sets it (to a value or to null)
   */
  public boolean sets(UserField field) {
    return fields.containsKey(field);
  }

  /** @return the JSON body: wire names to values, custom fields as the wire array */
  Map<String, @Nullable Object> toWire() {
    Map<String, @Nullable Object> wire = new LinkedHashMap<>();
    fields.forEach((field, value) -> wire.put(field.wireName(), wireValue(value)));
    return wire;
  }

  static @Nullable Object wireValue(Object value) {
    if (value == NULL) {
      return null;
    }
    if (value instanceof CustomFields custom) {
      return custom.toWire();
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserPatch patch && fields.equals(patch.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "UserPatch" + names(fields());
  }

  /** The fields' names, for a {@code toString} that never shows a value. */
  static java.util.List<String> names(Map<UserField, ?> fields) {
    return fields.keySet().stream().map(UserField::wireName).toList();
  }

  /** Builds a {@link UserPatch}. Not thread-safe. */
  public static final class Builder {
    private final Map<UserField, Object> fields = new EnumMap<>(UserField.class);

    private Builder() {}

    /**
     * Sets any field; the typed setters below are shortcuts for this.
     *
     * @param field the field
     * @param value its new value, or {@code null} to send null
     * @return this builder
     * @throws IllegalArgumentException for a value of the wrong type, or null/blank for a field
     *     that cannot be cleared
     */
    public Builder set(UserField field, @Nullable Object value) {
      Objects.requireNonNull(field, "field");
      fields.put(field, field.check(value));
      return this;
    }

    /**
     * Sets the first name.
     *
     * @param value the first name
     * @return this builder
     */
    public Builder firstName(String value) {
      return set(UserField.FIRST_NAME, value);
    }

    /**
     * Sets the last name.
     *
     * @param value the last name
     * @return this builder
     */
    public Builder lastName(String value) {
      return set(UserField.LAST_NAME, value);
    }

    /**
     * Sets the e-mail address.
     *
     * @param value the e-mail address
     * @return this builder
     */
    public Builder email(String value) {
      return set(UserField.EMAIL, value);
    }

    /**
     * Sets the middle name, or null.
     *
     * @param value the middle name, or null
     * @return this builder
     */
    public Builder middleName(@Nullable String value) {
      return set(UserField.MIDDLE_NAME, value);
    }

    /**
     * Sets the mobile number, or null.
     *
     * @param value the mobile number, or null
     * @return this builder
     */
    public Builder mobile(@Nullable String value) {
      return set(UserField.MOBILE, value);
    }

    /**
     * Sets the title/gender, or null.
     *
     * @param value the title/gender, or null
     * @return this builder
     */
    public Builder gender(@Nullable String value) {
      return set(UserField.GENDER, value);
    }

    /**
     * Sets the ISO 3166-1 alpha-2 country, or null.
     *
     * @param value the ISO 3166-1 alpha-2 country, or null
     * @return this builder
     */
    public Builder countryCode(@Nullable String value) {
      return set(UserField.COUNTRY_CODE, value);
    }

    /**
     * Sets the culture code, or null.
     *
     * @param value the culture code, or null
     * @return this builder
     */
    public Builder cultureCode(@Nullable String value) {
      return set(UserField.CULTURE_CODE, value);
    }

    /**
     * Sets whether the profile is active.
     *
     * @param value whether the profile is active
     * @return this builder
     */
    public Builder isActive(boolean value) {
      return set(UserField.IS_ACTIVE, value);
    }

    /**
     * Sets your id for the person, or null.
     *
     * @param value your id for the person, or null
     * @return this builder
     */
    public Builder externalId(@Nullable String value) {
      return set(UserField.EXTERNAL_ID, value);
    }

    /**
     * Sets the unit, or null.
     *
     * @param value the unit, or null
     * @return this builder
     */
    public Builder unit(@Nullable Unit value) {
      return set(UserField.UNIT, value);
    }

    /**
     * Sets the complete custom fields.
     *
     * @param value the complete custom fields
     * @return this builder
     */
    public Builder customFields(CustomFields value) {
      return set(UserField.CUSTOM_FIELDS, value);
    }

    /**
     * Sets the complete custom fields, one single-key element per entry.
     *
     * @param value field name to value, in order
     * @return this builder
     */
    public Builder customFields(Map<String, ?> value) {
      return set(UserField.CUSTOM_FIELDS, CustomFields.of(value));
    }

    /** @return the patch */
    public UserPatch build() {
      return new UserPatch(fields);
    }
  }
}
