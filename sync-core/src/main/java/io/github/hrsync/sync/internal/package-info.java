/**
 * Not an API: helpers the sync packages share (the case-insensitive index behind every match, and
 * fingerprints). Not exported; free to change in any release.
 */
@NullMarked
package io.github.hrsync.sync.internal;

import org.jspecify.annotations.NullMarked;
