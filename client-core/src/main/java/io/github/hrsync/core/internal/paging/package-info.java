/**
 * Not an API: lazy pagination that always ends. Exported only to the hrsync modules; free to change
 * in any release.
 */
@NullMarked
package io.github.hrsync.core.internal.paging;

import org.jspecify.annotations.NullMarked;
