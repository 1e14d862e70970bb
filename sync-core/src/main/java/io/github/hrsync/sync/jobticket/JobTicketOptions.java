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
 */
public final class JobTicketOptions {
  private final boolean hrIdCaseInsensitive;
  private final boolean emailMatchAcrossIntegrations;
  private final boolean futureTerminationWaits;

  private JobTicketOptions(boolean hrIdCaseInsensitive, boolean emailMatchAcrossIntegrations,
      boolean futureTerminationWaits) {
    this.hrIdCaseInsensitive = hrIdCaseInsensitive;
    this.emailMatchAcrossIntegrations = emailMatchAcrossIntegrations;
    this.futureTerminationWaits = futureTerminationWaits;
  }

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

  /** @return whether JobTicket is taken to match hrIds ignoring letter case */
  public boolean hrIdCaseInsensitive() {
    return hrIdCaseInsensitive;
  }

  /**
   * @return whether JobTicket is taken to match a roster row by e-mail to an employee without a
   *     link to this integration
   */
  public boolean emailMatchAcrossIntegrations() {
    return emailMatchAcrossIntegrations;
  }

  /**
   * @return whether JobTicket is taken to offboard on the {@code terminationDate}, not as soon as
   *     a future date is sent
   */
  public boolean futureTerminationWaits() {
    return futureTerminationWaits;
  }

  @Override
  public String toString() {
    return "JobTicketOptions[hrIdCaseInsensitive=" + hrIdCaseInsensitive
        + ", emailMatchAcrossIntegrations=" + emailMatchAcrossIntegrations
        + ", futureTerminationWaits=" + futureTerminationWaits + "]";
  }
}
