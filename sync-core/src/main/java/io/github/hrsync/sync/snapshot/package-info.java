/**
 * A snapshot of what the two APIs hold, written through the clients (personal data replaced by
 * stable fakes if asked), for the test kit's sandbox to load: a refused or surprising plan
 * reproduced offline, and pinned by a test.
 */
@NullMarked
package io.github.hrsync.sync.snapshot;

import org.jspecify.annotations.NullMarked;
