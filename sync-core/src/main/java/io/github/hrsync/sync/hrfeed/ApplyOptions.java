package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.plan.Approval;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a plan is applied.
 *
 * @param concurrency how many operations run at once (1 to 64); the client's rate limiter still
 *     paces every request
 * @param progress hears about each finished operation
 * @param approval the approval of a plan the guard refuses, if any
 * @param verifyFreshness whether to list the users again first and refuse a stale plan
 */
public record ApplyOptions(int concurrency, ProgressListener progress,
    @Nullable Approval approval, boolean verifyFreshness) {

  /**
   * Checks the bounds.
   *
   * @param concurrency how many operations run at once (1 to 64); the client's rate limiter still
   *     paces every request
   * @param progress hears about each finished operation
   * @param approval the approval of a plan the guard refuses, if any
   * @param verifyFreshness whether to list the users again first and refuse a stale plan
   */
  public ApplyOptions {
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("concurrency must be 1 to 64, was " + concurrency);
    }
    Objects.requireNonNull(progress, "progress");
  }

  /** @return 4 at once, no listener, no approval, freshness verified */
  public static ApplyOptions defaults() {
    return new ApplyOptions(4, ProgressListener.none(), null, true);
  }

  /**
   * Sets operations at once.
   *
   * @param value operations at once
   * @return a copy with it
   */
  public ApplyOptions withConcurrency(int value) {
    return new ApplyOptions(value, progress, approval, verifyFreshness);
  }

  /**
   * Sets the listener.
   *
   * @param value the listener
   * @return a copy with it
   */
  public ApplyOptions withProgress(ProgressListener value) {
    return new ApplyOptions(concurrency, value, approval, verifyFreshness);
  }

  /**
   * @param value the approval of the exact plan the guard refuses, if any
   * @return a copy with it
   */
  public ApplyOptions withApproval(@Nullable Approval value) {
    return new ApplyOptions(concurrency, progress, value, verifyFreshness);
  }

  /**
   * Sets whether to verify freshness.
   *
   * @param value whether to verify freshness
   * @return a copy with it
   */
  public ApplyOptions withVerifyFreshness(boolean value) {
    return new ApplyOptions(concurrency, progress, approval, value);
  }
}
