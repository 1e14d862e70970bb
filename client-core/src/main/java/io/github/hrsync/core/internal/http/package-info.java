/**
 * Not an API: the shared HTTP transport (one call deadline, retries, size caps, redaction).
 * Exported only to the hrsync modules; free to change in any release.
 */
@NullMarked
package io.github.hrsync.core.internal.http;

import org.jspecify.annotations.NullMarked;
