/** The reader's parsing internals: decoding, the mapping file's syntax; not an API. */
@NullMarked
package io.github.hrsync.reader.internal;

import org.jspecify.annotations.NullMarked;
