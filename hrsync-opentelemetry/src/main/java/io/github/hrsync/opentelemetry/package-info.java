/** OpenTelemetry spans and metrics for hrsync: {@link io.github.hrsync.opentelemetry.HrSyncTelemetry}. */
@NullMarked
package io.github.hrsync.opentelemetry;

import org.jspecify.annotations.NullMarked;
