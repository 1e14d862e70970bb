/** {@code hrsync.yaml}: targets, credentials by reference, roster, guard, run log. */
@NullMarked
package io.github.hrsync.cli.config;

import org.jspecify.annotations.NullMarked;
