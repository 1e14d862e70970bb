/**
 * Not an API: text rules shared by the modules (id folding, e-mail syntax, unsafe characters).
 * Exported only to the hrsync modules; free to change in any release.
 */
@NullMarked
package io.github.hrsync.core.internal.text;

import org.jspecify.annotations.NullMarked;
