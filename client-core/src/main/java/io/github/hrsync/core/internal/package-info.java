/**
 * Implementation of the shared transport. Not an API: exported only to the hrsync client modules
 * and free to change in any release.
 */
@NullMarked
package io.github.hrsync.core.internal;

import org.jspecify.annotations.NullMarked;
