/**
 * The JobTicket engine: the guarded full-roster replace ({@link
 * io.github.hrsync.sync.jobticket.JobTicketSync}) and its plan.
 */
@NullMarked
package io.github.hrsync.sync.jobticket;

import org.jspecify.annotations.NullMarked;
