/** {@code hrsync}, the operator's tool: its entry point. */
@NullMarked
package io.github.hrsync.cli;

import org.jspecify.annotations.NullMarked;
