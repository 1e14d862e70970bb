package io.github.hrsync.testkit;

/**
 * How the sandbox behaves where the API documents leave the behaviour open, one switch each, so
 * that a test can run under every reading. The defaults are the readings the SDK's plans assume
 * (the harmful ones, where the SDK counts harm), and each is listed in the test kit's README.
 *
 * @param hrIdCaseSensitive JobTicket: a roster row's {@code hrId} matches a link only when equal
 *     letter for letter, so one that differs in case offboards the employee and adds another
 *     (default {@code true})
 * @param emailMatchAcrossIntegrations JobTicket: a roster row whose {@code hrId} matches no
 *     linked employee is linked to an employee of no link to the integration with the same
 *     e-mail, rather than creating a second employee (default {@code false})
 * @param syncRequiresNames JobTicket: a sync employee without {@code firstName} or
 *     {@code lastName} is refused with 422, rather than stored nameless (default {@code false})
 * @param futureTerminationOffboardsNow JobTicket: a row whose {@code terminationDate} lies ahead
 *     is offboarded at once, rather than on that date (default {@code false})
 * @param hrFeedMaxPageSize HR Feed: the largest {@code limit} a listing takes; a larger one is 400
 *     (default 1000, the SDK's {@code HrFeedClient.MAX_PAGE_SIZE})
 * @param hrFeedRejectsEmptyPatch HR Feed: {@code PATCH {}} is 400, rather than a no-op 204
 *     (default {@code true})
 * @param hrFeedRejectsUnknownFields HR Feed: a field the API does not name is 400, rather than
 *     ignored (default {@code true})
 */
public record SandboxReadings(boolean hrIdCaseSensitive, boolean emailMatchAcrossIntegrations,
    boolean syncRequiresNames, boolean futureTerminationOffboardsNow, int hrFeedMaxPageSize,
    boolean hrFeedRejectsEmptyPatch, boolean hrFeedRejectsUnknownFields) {

  /**
   * Checks the page size.
   *
   * @param hrIdCaseSensitive see above
   * @param emailMatchAcrossIntegrations see above
   * @param syncRequiresNames see above
   * @param futureTerminationOffboardsNow see above
   * @param hrFeedMaxPageSize at least 1
   * @param hrFeedRejectsEmptyPatch see above
   * @param hrFeedRejectsUnknownFields see above
   */
  public SandboxReadings {
    if (hrFeedMaxPageSize < 1) {
      throw new IllegalArgumentException("hrFeedMaxPageSize must be at least 1, was "
          + hrFeedMaxPageSize);
    }
  }

  /** @return the readings the SDK's plans assume */
  public static SandboxReadings defaults() {
    return new SandboxReadings(true, false, false, false, 1000, true, true);
  }

  /**
   * @param value whether hrIds match letter for letter
   * @return a copy with it
   */
  public SandboxReadings withHrIdCaseSensitive(boolean value) {
    return new SandboxReadings(value, emailMatchAcrossIntegrations, syncRequiresNames,
        futureTerminationOffboardsNow, hrFeedMaxPageSize, hrFeedRejectsEmptyPatch,
        hrFeedRejectsUnknownFields);
  }

  /**
   * @param value whether a row matches an employee of another integration by e-mail
   * @return a copy with it
   */
  public SandboxReadings withEmailMatchAcrossIntegrations(boolean value) {
    return new SandboxReadings(hrIdCaseSensitive, value, syncRequiresNames,
        futureTerminationOffboardsNow, hrFeedMaxPageSize, hrFeedRejectsEmptyPatch,
        hrFeedRejectsUnknownFields);
  }

  /**
   * @param value whether a nameless sync employee is refused
   * @return a copy with it
   */
  public SandboxReadings withSyncRequiresNames(boolean value) {
    return new SandboxReadings(hrIdCaseSensitive, emailMatchAcrossIntegrations, value,
        futureTerminationOffboardsNow, hrFeedMaxPageSize, hrFeedRejectsEmptyPatch,
        hrFeedRejectsUnknownFields);
  }

  /**
   * @param value whether a future terminationDate offboards at once
   * @return a copy with it
   */
  public SandboxReadings withFutureTerminationOffboardsNow(boolean value) {
    return new SandboxReadings(hrIdCaseSensitive, emailMatchAcrossIntegrations,
        syncRequiresNames, value, hrFeedMaxPageSize, hrFeedRejectsEmptyPatch,
        hrFeedRejectsUnknownFields);
  }

  /**
   * @param value the largest HR Feed page size
   * @return a copy with it
   */
  public SandboxReadings withHrFeedMaxPageSize(int value) {
    return new SandboxReadings(hrIdCaseSensitive, emailMatchAcrossIntegrations,
        syncRequiresNames, futureTerminationOffboardsNow, value, hrFeedRejectsEmptyPatch,
        hrFeedRejectsUnknownFields);
  }

  /**
   * @param value whether an empty PATCH is refused
   * @return a copy with it
   */
  public SandboxReadings withHrFeedRejectsEmptyPatch(boolean value) {
    return new SandboxReadings(hrIdCaseSensitive, emailMatchAcrossIntegrations,
        syncRequiresNames, futureTerminationOffboardsNow, hrFeedMaxPageSize, value,
        hrFeedRejectsUnknownFields);
  }

  /**
   * @param value whether unknown fields are refused
   * @return a copy with it
   */
  public SandboxReadings withHrFeedRejectsUnknownFields(boolean value) {
    return new SandboxReadings(hrIdCaseSensitive, emailMatchAcrossIntegrations,
        syncRequiresNames, futureTerminationOffboardsNow, hrFeedMaxPageSize,
        hrFeedRejectsEmptyPatch, value);
  }
}
