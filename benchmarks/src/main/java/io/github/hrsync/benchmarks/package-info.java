/**
 * JMH benchmarks of hrsync's hot paths, each beside a baseline in the same run so that results
 * read as ratios.
 */
@NullMarked
package io.github.hrsync.benchmarks;

import org.jspecify.annotations.NullMarked;
