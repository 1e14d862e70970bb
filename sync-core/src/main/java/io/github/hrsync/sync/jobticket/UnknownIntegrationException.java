package io.github.hrsync.sync.jobticket;

import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.core.error.NotFoundException;

/**
 * JobTicket answered that the configured HR integration does not exist for this API key: the
 * plan is refused before anything is sent, rather than failing when the replace is sent.
 */
public class UnknownIntegrationException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /** The integration id that was configured. */
  private final long integrationId;

  /**
   * Creates the exception.
   *
   * @param integrationId the integration id that was configured
   * @param baseUrl the JobTicket base URL asked
   * @param cause JobTicket's 404
   */
  public UnknownIntegrationException(long integrationId, String baseUrl, NotFoundException cause) {
    super("JobTicket at " + baseUrl + " has no HR integration " + integrationId + " for this "
        + "API key; list the integrations it has with JobTicketClient.listHrIntegrations("
        + "ListOptions.defaults()) (GET /hr-integrations) and configure one of their ids",
        cause);
    this.integrationId = integrationId;
  }

  /** @return the integration id that was configured */
  public long integrationId() {
    return integrationId;
  }
}
