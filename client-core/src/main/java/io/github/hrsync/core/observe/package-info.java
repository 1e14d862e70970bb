/** What an hrsync client tells observers about its calls: one hook shape for metrics, traces and logs. */
@NullMarked
package io.github.hrsync.core.observe;

import org.jspecify.annotations.NullMarked;
