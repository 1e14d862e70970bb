package io.github.hrsync.jobticket;

import java.time.Instant;

/**
 * JobTicket accepted a roster sync (204). The sync runs in the background: acceptance is not
 * completion. Follow it by reading employees and comparing their
 * {@link HrIntegrationLink#lastSyncId()} with {@link #syncId()}, or through the integration's
 * status ({@link JobTicketClient#getHrIntegration(long)}).
 *
 * @param integrationId the HR integration synced
 * @param syncId the sync id sent; sending it again is deduplicated by JobTicket
 * @param employeeCount how many employees the roster held
 * @param acceptedAt when the 204 arrived, on the client's clock
 */
public record SyncAccepted(long integrationId, String syncId, int employeeCount,
    Instant acceptedAt) {}
