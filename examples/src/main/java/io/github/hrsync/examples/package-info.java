/**
 * Short programs that show hrsync's API, each against an embedded sandbox: a nightly job with a
 * run log and approvals, one target alone, a mapping previewed. The operator's features (a config
 * file, saved plans, JSON, history) are in {@code hrsync-cli}.
 */
@NullMarked
package io.github.hrsync.examples;

import org.jspecify.annotations.NullMarked;
