package io.github.hrsync.sync.jobticket;

/**
 * How JobTicket's undocumented behaviour is read when a plan counts what a roster replace does.
 * The defaults take the harmful reading, so that a plan never promises less harm than the API
 * may do: an hrId that differs from the employee's link only in letter case counts as an
 * offboarding and an add, and a roster row matching by e-mail an employee without a link to
 * this integration counts as a possible add (a look-alike beside that employee), and a current
 * employee whose row has a {@code terminationDate} still ahead counts, for the guard, as a
 * removal (JobTicket may act on the date as soon as it is sent). Turn a mild reading on only
 * when you know your JobTicket behaves so.
 *
 * @param hrIdCaseInsensitive JobTicket matches hrIds ignoring letter case
 * @param emailMatchAcrossIntegrations JobTicket matches a roster row by e-mail to an employee
 *     without a link to this integration, rather than creating a second employee
 * @param futureTerminationWaits JobTicket offboards an employee on the {@code terminationDate},
 *     not as soon as a future date is sent
 */
public record JobTicketOptions(boolean hrIdCaseInsensitive,
    boolean emailMatchAcrossIntegrations, boolean futureTerminationWaits) {

  /** @return the harmful readings */
  public static JobTicketOptions defaults() {
    return new JobTicketOptions(false, false, false);
  }

  /**
   * Sets the reading of a future {@code terminationDate}.
   *
   * @param value whether JobTicket waits for the date before it offboards
   * @return a copy with it
   */
  public JobTicketOptions withFutureTerminationWaits(boolean value) {
    return new JobTicketOptions(hrIdCaseInsensitive, emailMatchAcrossIntegrations, value);
  }

  /**
   * Sets the hrId reading.
   *
   * @param value whether JobTicket matches hrIds ignoring letter case
   * @return a copy with it
   */
  public JobTicketOptions withHrIdCaseInsensitive(boolean value) {
    return new JobTicketOptions(value, emailMatchAcrossIntegrations, futureTerminationWaits);
  }

  /**
   * Sets the e-mail reading.
   *
   * @param value whether JobTicket matches rows by e-mail to employees of other integrations
   * @return a copy with it
   */
  public JobTicketOptions withEmailMatchAcrossIntegrations(boolean value) {
    return new JobTicketOptions(hrIdCaseInsensitive, value, futureTerminationWaits);
  }
}
