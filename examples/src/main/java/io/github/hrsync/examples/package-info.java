/**
 * Runnable examples of hrsync. Each runs against the embedded sandbox unless base URLs are given
 * ({@code --jobticket-url}, {@code --hrfeed-url}, credentials from the environment).
 */
@NullMarked
package io.github.hrsync.examples;

import org.jspecify.annotations.NullMarked;
