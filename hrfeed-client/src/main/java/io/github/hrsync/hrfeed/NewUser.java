package io.github.hrsync.hrfeed;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user to create. {@code firstName}, {@code lastName} and {@code email} are required; every
 * other field is sent only when set. Set {@code externalId} (the documentation's first best
 * practice): it is what makes {@link HrFeedClient#createOrGetUser(NewUser)} safe to repeat.
 * Immutable.
 */
public final class NewUser {
  private final UserPatch fields;

  private NewUser(UserPatch fields) {
    this.fields = fields;
  }

  /**
   * Starts a builder with the required fields.
   *
   * @param firstName first name
   * @param lastName last name
   * @param email e-mail address
   * @return a new builder
   */
  public static Builder builder(String firstName, String lastName, String email) {
    return new Builder(firstName, lastName, email);
  }

  /** @return the externalId, if set */
  public @Nullable String externalId() {
    return (String) fields.fields().get(UserField.EXTERNAL_ID);
  }

  /** @return the set fields, in field order */
  public Map<UserField, @Nullable Object> fields() {
    return fields.fields();
  }

  Map<String, @Nullable Object> toWire() {
    return fields.toWire();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NewUser user && fields.equals(user.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "NewUser" + UserPatch.names(fields.fields());
  }

  /** Builds a {@link NewUser}; a {@code null} leaves the field out. Not thread-safe. */
  public static final class Builder {
    private final UserPatch.Builder fields = UserPatch.builder();

    private Builder(String firstName, String lastName, String email) {
      fields.firstName(firstName).lastName(lastName).email(email);
    }

    /**
     * Sets any optional field; the typed setters below are shortcuts for this.
     *
     * @param field the field
     * @param value its value; {@code null} leaves it out of the request
     * @return this builder
     */
    public Builder set(UserField field, @Nullable Object value) {
      if (value != null) {
        fields.set(Objects.requireNonNull(field, "field"), value);
      }
      return this;
    }

    /**
     * Sets middle name.
     *
     * @param value middle name
     * @return this builder
     */
    public Builder middleName(@Nullable String value) {
      return set(UserField.MIDDLE_NAME, value);
    }

    /**
     * Sets mobile number.
     *
     * @param value mobile number
     * @return this builder
     */
    public Builder mobile(@Nullable String value) {
      return set(UserField.MOBILE, value);
    }

    /**
     * Sets title/gender.
     *
     * @param value title/gender
     * @return this builder
     */
    public Builder gender(@Nullable String value) {
      return set(UserField.GENDER, value);
    }

    /**
     * Sets ISO 3166-1 alpha-2 country.
     *
     * @param value ISO 3166-1 alpha-2 country
     * @return this builder
     */
    public Builder countryCode(@Nullable String value) {
      return set(UserField.COUNTRY_CODE, value);
    }

    /**
     * Sets culture code such as sv-SE.
     *
     * @param value culture code such as sv-SE
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
    public Builder isActive(@Nullable Boolean value) {
      return set(UserField.IS_ACTIVE, value);
    }

    /**
     * Sets your id for the person.
     *
     * @param value your id for the person
     * @return this builder
     */
    public Builder externalId(@Nullable String value) {
      return set(UserField.EXTERNAL_ID, value);
    }

    /**
     * Sets the unit.
     *
     * @param value the unit
     * @return this builder
     */
    public Builder unit(@Nullable Unit value) {
      return set(UserField.UNIT, value);
    }

    /**
     * Sets the custom fields (left out when empty).
     *
     * @param value the custom fields (left out when empty)
     * @return this builder
     */
    public Builder customFields(CustomFields value) {
      return set(UserField.CUSTOM_FIELDS, value.isEmpty() ? null : value);
    }

    /**
     * Sets the custom fields, one single-key element per entry (left out when empty).
     *
     * @param value field name to value, in order
     * @return this builder
     */
    public Builder customFields(Map<String, ?> value) {
      return customFields(CustomFields.of(value));
    }

    /** @return the user to create */
    public NewUser build() {
      return new NewUser(fields.build());
    }
  }
}
