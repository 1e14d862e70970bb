/**
 * Typed client for the JobTicket B2B API: employees, employee documents, HR integrations, the
 * full-roster HR sync, the health check and webhook events. Start at
 * {@link io.github.hrsync.jobticket.JobTicketClient#builder()}.
 */
@NullMarked
package io.github.hrsync.jobticket;

import org.jspecify.annotations.NullMarked;
