package io.github.hrsync.jobticket;

import io.github.hrsync.core.error.HrSyncException;
/** A webhook body is not a well-formed JobTicket event; the message names the field at fault. */
public class InvalidWebhookException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field
   * @param cause the parse failure, if any
   */
  public InvalidWebhookException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field
   */
  public InvalidWebhookException(String message) {
    super(message, null);
  }
}
