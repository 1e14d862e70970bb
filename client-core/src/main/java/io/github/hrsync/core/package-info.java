/**
 * Building blocks shared by the hrsync API clients: secrets that never print, retry and rate-limit
 * settings, the typed {@link io.github.hrsync.core.ApiException} hierarchy and lazy pagination.
 *
 * <p>Nothing here is specific to one API; the JobTicket and HR Feed clients are built on it.
 */
@NullMarked
package io.github.hrsync.core;

import org.jspecify.annotations.NullMarked;
