/** What the tool prints: progress fit for a terminal or a log, safe text, JSON reports. */
@NullMarked
package io.github.hrsync.cli.output;

import org.jspecify.annotations.NullMarked;
