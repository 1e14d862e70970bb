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

  /** The values that name an ended subscription (the documentation names none; inferred). */
  private static final java.util.Set<String> ENDED = java.util.Set.of(
      "cancelled", "canceled", "offboarded", "terminated", "inactive", "ended");

  /**
   * Rejects a null value.
   *
   * @param value the status as the API spells it
   */
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

  /**
   * Whether this status ends the subscription: {@code cancelled} (or {@code canceled}),
   * {@code offboarded}, {@code terminated}, {@code inactive} or {@code ended}, ignoring case. The
   * documentation shows only {@code active} and {@code scheduled-pause}; these are the names an
   * offboarding plausibly leaves, and any other value counts as not ended.
   *
   * @return whether the subscription has ended
   */
  public boolean isEnded() {
    // most are active: answered without folding, since a preview asks every employee
    return !value.equals(ACTIVE.value) && ENDED.contains(value.toLowerCase(java.util.Locale.ROOT));
  }

  /** @return the status as the API spells it */
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
