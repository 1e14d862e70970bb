/**
 * The HR Feed engine: the incremental plan of creates, updates, reactivations and removals ({@link
 * io.github.hrsync.sync.hrfeed.HrFeedSync}), its JSON and text forms, and apply.
 */
@NullMarked
package io.github.hrsync.sync.hrfeed;

import org.jspecify.annotations.NullMarked;
