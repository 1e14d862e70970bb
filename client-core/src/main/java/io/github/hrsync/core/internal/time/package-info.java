/**
 * Not an API: the SDK's monotonic default clock. Free to change in any release.
 */
@NullMarked
package io.github.hrsync.core.internal.time;

import org.jspecify.annotations.NullMarked;
