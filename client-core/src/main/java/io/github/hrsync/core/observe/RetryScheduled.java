package io.github.hrsync.core.observe;

import java.time.Duration;

/**
 * An attempt failed and the call will be tried again after a wait.
 *
 * @param failed the attempt that failed
 * @param delay how long the call waits before its next attempt
 * @param reason what failed: the status code, or the exception's simple class name
 */
public record RetryScheduled(HttpCall failed, Duration delay, String reason) {}
