/**
 * Client set-up and paging shared by the hrsync API clients: the builder every client extends,
 * secrets that never print, the retry policy, and lazily fetched pages. Errors are in
 * {@code core.error}, the rate limiter and its store SPI in {@code core.ratelimit}.
 *
 * <p>Nothing here is specific to one API; the JobTicket and HR Feed clients are built on it.
 */
@NullMarked
package io.github.hrsync.core;

import org.jspecify.annotations.NullMarked;
