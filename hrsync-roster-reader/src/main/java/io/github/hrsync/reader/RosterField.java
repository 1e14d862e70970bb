package io.github.hrsync.reader;

import java.util.Arrays;
import java.util.Optional;

/** The roster fields a mapping fills, by the names a mapping file uses. */
public enum RosterField {
  /** The employee's id in the HR system; required. */
  HR_ID("hrId", true, false),
  /** Required. */
  FIRST_NAME("firstName", true, false),
  /** Optional. */
  MIDDLE_NAME("middleName", false, false),
  /** Required. */
  LAST_NAME("lastName", true, false),
  /** Required. */
  EMAIL("email", true, false),
  /** Optional. */
  MOBILE("mobile", false, false),
  /** Optional. */
  GENDER("gender", false, false),
  /** ISO 3166-1 alpha-2; optional. */
  COUNTRY_CODE("countryCode", false, false),
  /** BCP 47; optional. */
  CULTURE_CODE("cultureCode", false, false),
  /** A date; optional. */
  DATE_OF_BIRTH("dateOfBirth", false, true),
  /** A date; optional. */
  START_DATE("startDate", false, true),
  /** A date; optional. */
  TERMINATION_DATE("terminationDate", false, true),
  /** An absolute http(s) URL; optional. */
  PROFILE_IMAGE("profileImage", false, false),
  /** The HR Feed unit's externalId; optional. */
  UNIT_EXTERNAL_ID("unitExternalId", false, false);

  private final String fieldName;
  private final boolean required;
  private final boolean date;

  RosterField(String fieldName, boolean required, boolean date) {
    this.fieldName = fieldName;
    this.required = required;
    this.date = date;
  }

  /** @return the name a mapping file uses, as {@code SourceEmployee} names the field */
  public String fieldName() {
    return fieldName;
  }

  /** @return whether every mapping must fill it */
  public boolean required() {
    return required;
  }

  /** @return whether it holds a date (read with the rule's date pattern, ISO by default) */
  public boolean date() {
    return date;
  }

  /**
   * @param name a field's name as a mapping file writes it
   * @return the field, if there is one of that name
   */
  public static Optional<RosterField> named(String name) {
    return Arrays.stream(values()).filter(field -> field.fieldName.equals(name)).findFirst();
  }
}
