/**
 * One sync of an HR roster to JobTicket, the HR Feed or both: {@link
 * io.github.hrsync.sync.RosterSync} plans every target, applies what its guard allows or a person
 * approved, and reports one outcome per target. The vocabulary it speaks is in {@code sync.plan},
 * the roster in {@code sync.roster}, and the engine of each target in {@code sync.jobticket} and
 * {@code sync.hrfeed}.
 */
@NullMarked
package io.github.hrsync.sync;

import org.jspecify.annotations.NullMarked;
