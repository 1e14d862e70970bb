package io.github.hrsync.sync.jobticket;

/**
 * How JobTicket's undocumented behaviour is read when a plan counts what a roster replace does.
 * The defaults take the harmful reading, so that a plan never promises less harm than the API
 * may do: an hrId that differs from the employee's link only in letter case counts as an
 * offboarding and an add, and a roster row matching by e-mail an employee without a link to
 * this integration counts as a possible add (a look-alike beside that employee). Turn a mild
 * reading on only when you know your JobTicket behaves so.
 *
 * @param hrIdCaseInsensitive JobTicket matches hrIds ignoring letter case
 * @param emailMatchAcrossIntegrations JobTicket matches a roster row by e-mail to an employee
 *     without a link to this integration, rather than creating a second employee
 */
public record JobTicketOptions(boolean hrIdCaseInsensitive,
    boolean emailMatchAcrossIntegrations) {

  /** @return the harmful readings */
  public static JobTicketOptions defaults() {
    return new JobTicketOptions(false, false);
  }

  /**
   * Sets the hrId reading.
   *
   * @param value whether JobTicket matches hrIds ignoring letter case
   * @return a copy with it
   */
  public JobTicketOptions withHrIdCaseInsensitive(boolean value) {
    return new JobTicketOptions(value, emailMatchAcrossIntegrations);
  }

  /**
   * Sets the e-mail reading.
   *
   * @param value whether JobTicket matches rows by e-mail to employees of other integrations
   * @return a copy with it
   */
  public JobTicketOptions withEmailMatchAcrossIntegrations(boolean value) {
    return new JobTicketOptions(hrIdCaseInsensitive, value);
  }
}
