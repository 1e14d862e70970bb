package io.github.hrsync.jobticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The link between a JobTicket employee and one HR integration.
 *
 * @param type always {@code hr-integration}
 * @param hrId the employee's id in the HR system, as sent in the roster sync
 * @param hrIntegrationId the HR integration's id, or {@code null} when the API leaves it out
 *     (never read as integration 0)
 * @param lastSyncId the {@code syncId} of the last sync that touched this employee (inferred
 *     from the documentation: compare it with the id you sent to follow a sync)
 * @param lastSynced when that sync touched the employee
 */
public record HrIntegrationLink(
    @Nullable String type,
    @Nullable String hrId,
    @Nullable Long hrIntegrationId,
    @Nullable String lastSyncId,
    @Nullable Instant lastSynced) {}
