package io.github.hrsync.hrfeed;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.jspecify.annotations.Nullable;

/**
 * A user (traveller profile) as the HR Feed API returns it.
 *
 * @param id the system-assigned id (read as text even when the server sends a number)
 * @param externalId your own id for the person, if set
 * @param firstName first name
 * @param lastName last name
 * @param middleName middle name
 * @param email e-mail address
 * @param mobile mobile phone number
 * @param gender title/gender, such as {@code Mr}, {@code Mrs}, {@code Ms}
 * @param countryCode ISO 3166-1 alpha-2 country code
 * @param cultureCode locale code such as {@code sv-SE}
 * @param isActive whether the profile is active ({@code null} when the server omits it)
 * @param unit the organisational unit, if any
 * @param customFields the custom fields, exactly as the server sent them
 */
public record User(
    String id,
    @Nullable String externalId,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String middleName,
    @Nullable String email,
    @Nullable String mobile,
    @Nullable String gender,
    @Nullable String countryCode,
    @Nullable String cultureCode,
    @Nullable Boolean isActive,
    @Nullable Unit unit,
    @JsonDeserialize(using = CustomFieldsJson.Reader.class)
    @JsonSerialize(using = CustomFieldsJson.Writer.class) CustomFields customFields) {

  /**
   * Requires the id; absent custom fields are empty.
   *
   * @param id the system-assigned id (read as text even when the server sends a number)
   * @param externalId your own id for the person, if set
   * @param firstName first name
   * @param lastName last name
   * @param middleName middle name
   * @param email e-mail address
   * @param mobile mobile phone number
   * @param gender title/gender, such as {@code Mr}, {@code Mrs}, {@code Ms}
   * @param countryCode ISO 3166-1 alpha-2 country code
   * @param cultureCode locale code such as {@code sv-SE}
   * @param isActive whether the profile is active ({@code null} when the server omits it)
   * @param unit the organisational unit, if any
   * @param customFields the custom fields, exactly as the server sent them
   */
  public User {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("user id must not be blank");
    }
    customFields = customFields == null ? CustomFields.empty() : customFields;
  }

  /** @return whether the profile is active; a missing flag counts as active */
  public boolean active() {
    return !Boolean.FALSE.equals(isActive);
  }

  /**
   * @return the ids and whether the user is active; never a person's name, e-mail, date of
   *     birth, mobile or field value
   */
  @Override
  public String toString() {
    return "User[id=" + id + ", externalId=" + externalId + ", isActive=" + isActive + "]";
  }
}
