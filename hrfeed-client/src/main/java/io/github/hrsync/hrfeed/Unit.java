package io.github.hrsync.hrfeed;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The organisational unit of a user. Units are not created through the HR Feed API: a unit must
 * exist in the booking system before users are assigned to it. Name it by either id.
 *
 * @param id the booking system's unit id
 * @param externalId your own unit id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Unit(@Nullable String id, @Nullable String externalId) {

  /**
   * A unit named by your own id, as the documented example does.
   *
   * @param externalId your unit id
   * @return the unit reference
   */
  public static Unit ofExternalId(String externalId) {
    return new Unit(null, requireText(externalId, "unit externalId"));
  }

  /**
   * A unit named by the booking system's id.
   *
   * @param id the booking system's unit id
   * @return the unit reference
   */
  public static Unit ofId(String id) {
    return new Unit(requireText(id, "unit id"), null);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
