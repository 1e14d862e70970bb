package io.github.hrsync.sync.jobticket;

import io.github.hrsync.jobticket.SyncAccepted;

/**
 * A roster replace JobTicket accepted. JobTicket processes it in the background; follow it with
 * {@link JobTicketSync#progress(JobTicketResult)}, which counts the employees whose link
 * to the integration shows {@code lastSyncId == syncId}.
 *
 * @param plan what was sent and what it was expected to do
 * @param accepted JobTicket's acceptance
 */
public record JobTicketResult(JobTicketPlan plan, SyncAccepted accepted) {}
