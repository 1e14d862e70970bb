/**
 * Not an API: the safe fan-out to observers, shared by the hrsync modules. Exported only to them;
 * free to change in any release.
 */
@NullMarked
package io.github.hrsync.core.internal.observe;

import org.jspecify.annotations.NullMarked;
