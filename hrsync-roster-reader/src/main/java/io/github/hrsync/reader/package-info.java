/**
 * From an HR export to a roster: rows from a CSV file or a JDBC query ({@link
 * io.github.hrsync.reader.RowSource}), mapped to roster fields by a declarative {@link
 * io.github.hrsync.reader.RosterMapping} (Java or a YAML/JSON file) with a scope per target.
 */
@NullMarked
package io.github.hrsync.reader;

import org.jspecify.annotations.NullMarked;
