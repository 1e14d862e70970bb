/**
 * Typed client for the HR Feed API of the travel booking platform: users listed, read, created,
 * partially updated and deleted by system id or by {@code externalId}. Start at
 * {@link io.github.hrsync.hrfeed.HrFeedClient#builder()}.
 */
@NullMarked
package io.github.hrsync.hrfeed;

import org.jspecify.annotations.NullMarked;
