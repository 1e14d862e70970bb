/**
 * The client-side rate limiter, the store SPI that keeps its budget (in memory, in files for
 * processes on one host, or in a table through the JDBC module) and how the SDK waits.
 */
@NullMarked
package io.github.hrsync.core.ratelimit;

import org.jspecify.annotations.NullMarked;
