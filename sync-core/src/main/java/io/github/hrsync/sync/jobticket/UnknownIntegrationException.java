package io.github.hrsync.sync.jobticket;

import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.core.error.NotFoundException;
import java.util.List;
import java.util.stream.Collectors;

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
   * @param known the ids of (the first) integrations the key does see
   * @param cause JobTicket's 404
   */
  public UnknownIntegrationException(long integrationId, String baseUrl, List<Long> known,
      NotFoundException cause) {
    super("JobTicket at " + baseUrl + " has no HR integration " + integrationId + " for this "
        + "API key (" + (known.isEmpty() ? "it sees none" : "it sees " + known.stream()
            .map(String::valueOf).collect(Collectors.joining(", "))) + "); list them with "
        + "JobTicketClient.listHrIntegrations(ListOptions.defaults()) and configure one of "
        + "their ids", cause);
    this.integrationId = integrationId;
  }

  /** @return the integration id that was configured */
  public long integrationId() {
    return integrationId;
  }
}
