/**
 * Keeps JobTicket and the HR Feed in step with one HR roster: a validated {@link
 * io.github.hrsync.sync.Roster}, the guarded JobTicket roster replace ({@link
 * io.github.hrsync.sync.JobTicketRosterSync}) and the HR Feed plan and apply ({@link
 * io.github.hrsync.sync.HrFeedSync}).
 */
@NullMarked
package io.github.hrsync.sync;

import org.jspecify.annotations.NullMarked;
