/** The record of every run (what changed, who approved it) and the run logs that keep it. */
@NullMarked
package io.github.hrsync.sync.audit;

import org.jspecify.annotations.NullMarked;
