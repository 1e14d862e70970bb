/**
 * Everything the SDK throws on purpose, under one root, {@link
 * io.github.hrsync.core.error.HrSyncException}: API and transport errors ({@link
 * io.github.hrsync.core.error.ApiException} and its status types) and the rate budget's failures.
 */
@NullMarked
package io.github.hrsync.core.error;

import org.jspecify.annotations.NullMarked;
