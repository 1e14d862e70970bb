/** The tool's commands, how a configuration becomes a run, and its exit codes. */
@NullMarked
package io.github.hrsync.cli.command;

import org.jspecify.annotations.NullMarked;
