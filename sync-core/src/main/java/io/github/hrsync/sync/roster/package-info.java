/**
 * The HR roster both targets are synced from: {@link io.github.hrsync.sync.roster.SourceEmployee}
 * rows, validated whole into a {@link io.github.hrsync.sync.roster.Roster} before any request.
 */
@NullMarked
package io.github.hrsync.sync.roster;

import org.jspecify.annotations.NullMarked;
