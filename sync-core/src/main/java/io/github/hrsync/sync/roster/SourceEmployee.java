package io.github.hrsync.sync.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.github.hrsync.sync.internal.FieldMap;
import org.jspecify.annotations.Nullable;

/**
 * One employee as the HR system knows them: the single source model mapped to both targets.
 * {@code hrId} is JobTicket's {@code hrId} and the HR Feed's {@code externalId}. Dates are
 * calendar dates, never shifted by a time zone.
 *
 * <p>The record holds what it is given (blank optional text counts as absent); {@link Roster}
 * validates it and names every problem by row and field.
 *
 * @param hrId the HR system's stable employee key; required
 * @param firstName first name; required
 * @param middleName middle name
 * @param lastName last name; required
 * @param email e-mail address; required, unique in the roster ignoring case
 * @param mobile mobile phone number
 * @param gender title/gender as the HR Feed takes it (Mr, Mrs, Ms, ...)
 * @param countryCode ISO 3166-1 alpha-2 country code, upper case
 * @param cultureCode BCP 47 language tag such as {@code sv-SE}
 * @param dateOfBirth date of birth
 * @param startDate first day of employment
 * @param terminationDate last day of employment, if known
 * @param profileImage profile image URL (JobTicket)
 * @param unitExternalId your id of the person's organisational unit (HR Feed)
 * @param customFields custom fields by name (HR Feed)
 * @param absences absences passed through to JobTicket as JSON objects
 * @param autoSyncEmployee JobTicket's {@code autoSyncEmployee} flag, {@code null} to leave unset
 */
public record SourceEmployee(
    String hrId,
    String firstName,
    @Nullable String middleName,
    String lastName,
    String email,
    @Nullable String mobile,
    @Nullable String gender,
    @Nullable String countryCode,
    @Nullable String cultureCode,
    @Nullable LocalDate dateOfBirth,
    @Nullable LocalDate startDate,
    @Nullable LocalDate terminationDate,
    @Nullable String profileImage,
    @Nullable String unitExternalId,
    Map<String, String> customFields,
    List<Map<String, Object>> absences,
    @Nullable Boolean autoSyncEmployee) {

  /**
   * Turns blank optional text into absent values and copies the collections.
   *
   * @param hrId the HR system's stable employee key; required
   * @param firstName first name; required
   * @param middleName middle name
   * @param lastName last name; required
   * @param email e-mail address; required, unique in the roster ignoring case
   * @param mobile mobile phone number
   * @param gender title/gender as the HR Feed takes it (Mr, Mrs, Ms, ...)
   * @param countryCode ISO 3166-1 alpha-2 country code, upper case
   * @param cultureCode BCP 47 language tag such as {@code sv-SE}
   * @param dateOfBirth date of birth
   * @param startDate first day of employment
   * @param terminationDate last day of employment, if known
   * @param profileImage profile image URL (JobTicket)
   * @param unitExternalId your id of the person's organisational unit (HR Feed)
   * @param customFields custom fields by name (HR Feed)
   * @param absences absences passed through to JobTicket as JSON objects
   * @param autoSyncEmployee JobTicket's {@code autoSyncEmployee} flag, {@code null} to leave unset
   */
  public SourceEmployee {
    hrId = hrId == null ? "" : hrId;
    firstName = firstName == null ? "" : firstName;
    lastName = lastName == null ? "" : lastName;
    email = email == null ? "" : email;
    middleName = blankToNull(middleName);
    mobile = blankToNull(mobile);
    gender = blankToNull(gender);
    countryCode = blankToNull(countryCode);
    cultureCode = blankToNull(cultureCode);
    profileImage = blankToNull(profileImage);
    unitExternalId = blankToNull(unitExternalId);
    // an immutable copy in the given order, that the planner reads without iterators
    customFields = customFields == null ? FieldMap.copyOf(Map.of()) : FieldMap.copyOf(customFields);
    absences = absences == null ? List.of() : List.copyOf(absences);
  }

  /**
   * Starts a builder with the required fields.
   *
   * @param hrId the HR system's employee key
   * @param firstName first name
   * @param lastName last name
   * @param email e-mail address
   * @return a new builder
   */
  public static Builder builder(String hrId, String firstName, String lastName, String email) {
    return new Builder(hrId, firstName, lastName, email);
  }

  /**
   * Whether the employee has left on {@code today}, for the HR Feed: the termination date lies
   * before it (today is the last working day, and a person may still travel on it). JobTicket
   * applies its own documented rule to the rows it is sent (on or before today), which
   * {@link io.github.hrsync.sync.jobticket.JobTicketSync} counts as JobTicket does.
   *
   * @param today the current date
   * @return whether the employment has ended
   */
  public boolean hasLeft(LocalDate today) {
    return terminationDate != null && terminationDate.isBefore(today);
  }

  /** @return a builder holding this employee's values */
  public Builder toBuilder() {
    return new Builder(hrId, firstName, lastName, email).middleName(middleName).mobile(mobile)
        .gender(gender).countryCode(countryCode).cultureCode(cultureCode)
        .dateOfBirth(dateOfBirth).startDate(startDate).terminationDate(terminationDate)
        .profileImage(profileImage).unitExternalId(unitExternalId).customFields(customFields)
        .absences(absences).autoSyncEmployee(autoSyncEmployee);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Builds a {@link SourceEmployee}. Not thread-safe. */
  public static final class Builder {
    private String hrId;
    private String firstName;
    private String lastName;
    private String email;
    private @Nullable String middleName;
    private @Nullable String mobile;
    private @Nullable String gender;
    private @Nullable String countryCode;
    private @Nullable String cultureCode;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate terminationDate;
    private @Nullable String profileImage;
    private @Nullable String unitExternalId;
    private Map<String, String> customFields = Map.of();
    private List<Map<String, Object>> absences = List.of();
    private @Nullable Boolean autoSyncEmployee;

    private Builder(String hrId, String firstName, String lastName, String email) {
      this.hrId = hrId;
      this.firstName = firstName;
      this.lastName = lastName;
      this.email = email;
    }

    /**
     * Sets the HR key.
     *
     * @param value the HR key
     * @return this builder
     */
    public Builder hrId(String value) {
      hrId = value;
      return this;
    }

    /**
     * Sets first name.
     *
     * @param value first name
     * @return this builder
     */
    public Builder firstName(String value) {
      firstName = value;
      return this;
    }

    /**
     * Sets last name.
     *
     * @param value last name
     * @return this builder
     */
    public Builder lastName(String value) {
      lastName = value;
      return this;
    }

    /**
     * Sets e-mail address.
     *
     * @param value e-mail address
     * @return this builder
     */
    public Builder email(String value) {
      email = value;
      return this;
    }

    /**
     * Sets middle name.
     *
     * @param value middle name
     * @return this builder
     */
    public Builder middleName(@Nullable String value) {
      middleName = value;
      return this;
    }

    /**
     * Sets mobile number.
     *
     * @param value mobile number
     * @return this builder
     */
    public Builder mobile(@Nullable String value) {
      mobile = value;
      return this;
    }

    /**
     * Sets title/gender.
     *
     * @param value title/gender
     * @return this builder
     */
    public Builder gender(@Nullable String value) {
      gender = value;
      return this;
    }

    /**
     * Sets ISO 3166-1 alpha-2 country.
     *
     * @param value ISO 3166-1 alpha-2 country
     * @return this builder
     */
    public Builder countryCode(@Nullable String value) {
      countryCode = value;
      return this;
    }

    /**
     * Sets BCP 47 culture code.
     *
     * @param value BCP 47 culture code
     * @return this builder
     */
    public Builder cultureCode(@Nullable String value) {
      cultureCode = value;
      return this;
    }

    /**
     * Sets date of birth.
     *
     * @param value date of birth
     * @return this builder
     */
    public Builder dateOfBirth(@Nullable LocalDate value) {
      dateOfBirth = value;
      return this;
    }

    /**
     * Sets first day of employment.
     *
     * @param value first day of employment
     * @return this builder
     */
    public Builder startDate(@Nullable LocalDate value) {
      startDate = value;
      return this;
    }

    /**
     * Sets last day of employment.
     *
     * @param value last day of employment
     * @return this builder
     */
    public Builder terminationDate(@Nullable LocalDate value) {
      terminationDate = value;
      return this;
    }

    /**
     * Sets profile image URL.
     *
     * @param value profile image URL
     * @return this builder
     */
    public Builder profileImage(@Nullable String value) {
      profileImage = value;
      return this;
    }

    /**
     * Sets your unit id.
     *
     * @param value your unit id
     * @return this builder
     */
    public Builder unitExternalId(@Nullable String value) {
      unitExternalId = value;
      return this;
    }

    /**
     * Sets custom fields by name.
     *
     * @param value custom fields by name
     * @return this builder
     */
    public Builder customFields(Map<String, String> value) {
      customFields = value;
      return this;
    }

    /**
     * Sets absences as JSON objects.
     *
     * @param value absences as JSON objects
     * @return this builder
     */
    public Builder absences(List<Map<String, Object>> value) {
      absences = value;
      return this;
    }

    /**
     * Sets the JobTicket auto-sync flag.
     *
     * @param value the JobTicket auto-sync flag
     * @return this builder
     */
    public Builder autoSyncEmployee(@Nullable Boolean value) {
      autoSyncEmployee = value;
      return this;
    }

    /** @return the employee (not yet validated: put it in a {@link Roster}) */
    public SourceEmployee build() {
      return new SourceEmployee(hrId, firstName, middleName, lastName, email, mobile, gender,
          countryCode, cultureCode, dateOfBirth, startDate, terminationDate, profileImage,
          unitExternalId, customFields, absences, autoSyncEmployee);
    }
  }

  /** @return the HR id; never a person's name, e-mail, date of birth, mobile or field value */
  @Override
  public String toString() {
    return "SourceEmployee[hrId=" + hrId + "]";
  }
}
