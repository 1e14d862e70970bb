package io.github.hrsync.jobticket;

import io.github.hrsync.core.internal.text.TextRules;
import io.github.hrsync.core.internal.http.UrlPaths;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One employee of the roster sent to {@link JobTicketClient#triggerSync}. Every field is sent,
 * absent ones as explicit JSON {@code null}, exactly as the documented example does.
 *
 * @param firstName first name; required
 * @param lastName last name; required
 * @param email e-mail address; required
 * @param profileImage profile image (presumably a URL), or {@code null}
 * @param dateOfBirth date of birth
 * @param hrId the employee's id in the HR system: the key JobTicket matches on; required
 * @param startDate start of employment
 * @param terminationDate end of employment, or {@code null} when none is planned
 * @param autoSyncEmployee the documented flag, meaning not published; {@code null} leaves it unset
 * @param absences absences as JSON objects, passed through as given (the element schema is not
 *     published)
 */
@JsonPropertyOrder({"firstName", "lastName", "email", "profileImage", "dateOfBirth", "hrId",
    "startDate", "terminationDate", "autoSyncEmployee", "absences"})
public record SyncEmployee(
    String firstName,
    String lastName,
    String email,
    @Nullable String profileImage,
    @Nullable LocalDate dateOfBirth,
    String hrId,
    @Nullable LocalDate startDate,
    @Nullable LocalDate terminationDate,
    @Nullable Boolean autoSyncEmployee,
    List<Map<String, Object>> absences) {

  /**
   * Checks the required fields and copies the absences. @throws IllegalArgumentException naming the
   * field (and the {@code hrId}) when {@code hrId}, {@code firstName} or {@code lastName} is
   * missing, blank or holds a control, bidirectional or zero-width character, when {@code hrId} is
   * {@code .} or {@code ..}, or when {@code email} is not an e-mail address
   *
   * @param firstName first name; required
   * @param lastName last name; required
   * @param email e-mail address; required
   * @param profileImage profile image (presumably a URL), or {@code null}
   * @param dateOfBirth date of birth
   * @param hrId the employee's id in the HR system: the key JobTicket matches on; required
   * @param startDate start of employment
   * @param terminationDate end of employment, or {@code null} when none is planned
   * @param autoSyncEmployee the documented flag, meaning not published; {@code null} leaves it
   *     unset
   * @param absences absences as JSON objects, passed through as given (the element schema is not
   *     published)
   */
  public SyncEmployee {
    TextRules.requireText(hrId, "hrId");
    UrlPaths.id(hrId, "hrId");
    try {
      TextRules.requireText(firstName, "firstName");
      TextRules.requireText(lastName, "lastName");
      TextRules.requireEmail(email, "email");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("employee " + hrId + ": " + e.getMessage(), e);
    }
    absences = absences == null ? List.of() : List.copyOf(absences);
  }

  /**
   * Starts a builder.
   *
   * @param hrId the employee's id in the HR system
   * @return a new builder
   */
  public static Builder builder(String hrId) {
    return new Builder(hrId);
  }

  /** Builds a {@link SyncEmployee}; unset fields are sent as {@code null}. Not thread-safe. */
  public static final class Builder {
    private final String hrId;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String email;
    private @Nullable String profileImage;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate terminationDate;
    private @Nullable Boolean autoSyncEmployee;
    private List<Map<String, Object>> absences = List.of();

    private Builder(String hrId) {
      this.hrId = hrId;
    }

    /**
     * Sets first name.
     *
     * @param value first name
     * @return this builder
     */
    public Builder firstName(@Nullable String value) {
      this.firstName = value;
      return this;
    }

    /**
     * Sets last name.
     *
     * @param value last name
     * @return this builder
     */
    public Builder lastName(@Nullable String value) {
      this.lastName = value;
      return this;
    }

    /**
     * Sets e-mail address.
     *
     * @param value e-mail address
     * @return this builder
     */
    public Builder email(@Nullable String value) {
      this.email = value;
      return this;
    }

    /**
     * Sets profile image.
     *
     * @param value profile image
     * @return this builder
     */
    public Builder profileImage(@Nullable String value) {
      this.profileImage = value;
      return this;
    }

    /**
     * Sets date of birth.
     *
     * @param value date of birth
     * @return this builder
     */
    public Builder dateOfBirth(@Nullable LocalDate value) {
      this.dateOfBirth = value;
      return this;
    }

    /**
     * Sets start of employment.
     *
     * @param value start of employment
     * @return this builder
     */
    public Builder startDate(@Nullable LocalDate value) {
      this.startDate = value;
      return this;
    }

    /**
     * Sets end of employment.
     *
     * @param value end of employment
     * @return this builder
     */
    public Builder terminationDate(@Nullable LocalDate value) {
      this.terminationDate = value;
      return this;
    }

    /**
     * Sets the auto-sync flag.
     *
     * @param value the auto-sync flag
     * @return this builder
     */
    public Builder autoSyncEmployee(@Nullable Boolean value) {
      this.autoSyncEmployee = value;
      return this;
    }

    /**
     * Sets absences as JSON objects.
     *
     * @param value absences as JSON objects
     * @return this builder
     */
    public Builder absences(List<Map<String, Object>> value) {
      this.absences = List.copyOf(value);
      return this;
    }

    /**
     * Builds the employee.
     *
     * @return the employee
     * @throws IllegalArgumentException naming the field, as the record's constructor does
     */
    public SyncEmployee build() {
      TextRules.requireText(hrId, "hrId"); // the key first: the other messages name it
      return new SyncEmployee(required(firstName, "firstName"), required(lastName, "lastName"),
          required(email, "email"), profileImage, dateOfBirth, hrId, startDate, terminationDate,
          autoSyncEmployee, absences);
    }

    private String required(@Nullable String value, String field) {
      if (value == null) {
        throw new IllegalArgumentException("employee " + hrId + ": " + field + " is required");
      }
      return value;
    }
  }

  /** @return the HR id; never a person's name, e-mail, date of birth, mobile or field value */
  @Override
  public String toString() {
    return "SyncEmployee[hrId=" + hrId + "]";
  }
}
