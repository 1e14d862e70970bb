package io.github.hrsync.sync;

import io.github.hrsync.jobticket.SyncAccepted;

/**
 * A roster replace JobTicket accepted. JobTicket processes it in the background; follow it with
 * {@link JobTicketRosterSync#progress(RosterSyncResult)}, which counts the employees whose link
 * to the integration shows {@code lastSyncId == syncId}.
 *
 * @param preview what was sent and what it was expected to do
 * @param accepted JobTicket's acceptance
 */
public record RosterSyncResult(RosterPreview preview, SyncAccepted accepted) {}
