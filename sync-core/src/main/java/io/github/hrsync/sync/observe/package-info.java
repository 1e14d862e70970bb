/** What a sync tells observers as it runs: its steps, plans, verdicts and operations. */
@NullMarked
package io.github.hrsync.sync.observe;

import org.jspecify.annotations.NullMarked;
