package io.github.hrsync.jobticket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The status of an employee's subscription. The documentation shows {@code active} and
 * {@code scheduled-pause} and implies more; any other value the API sends is kept as is, never
 * rejected.
 *
 * @param value the status as the API spells it
 */
public record SubscriptionStatus(String value) {
  /** An active subscription. */
  public static final SubscriptionStatus ACTIVE = new SubscriptionStatus("active");
  /** A pause is scheduled. */
  public static final SubscriptionStatus SCHEDULED_PAUSE = new SubscriptionStatus("scheduled-pause");

  /** Rejects a null value. */
  public SubscriptionStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The status for an API value, known or not.
   *
   * @param value the API's value
   * @return the status
   */
  @JsonCreator
  public static SubscriptionStatus of(String value) {
    return new SubscriptionStatus(value);
  }

  @Override
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
