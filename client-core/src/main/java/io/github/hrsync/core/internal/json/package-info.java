/**
 * Not an API: the SDK's one JSON mapper and a streamed JSON body. Exported only to the hrsync
 * modules; free to change in any release.
 */
@NullMarked
package io.github.hrsync.core.internal.json;

import org.jspecify.annotations.NullMarked;
