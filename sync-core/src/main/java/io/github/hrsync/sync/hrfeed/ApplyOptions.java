package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.plan.Approval;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a plan is applied.
 *
 * @param concurrency how many operations run at once (1 to 64); the client's rate limiter still
 *     paces every request
 * @param observers told of each finished operation ({@link SyncObserver#operationDone}), in
 *     order
 * @param approval the approval of a plan the guard refuses, if any
 * @param verifyFreshness whether to list the users again first and refuse a stale plan
 * @param recordValues whether the operation records observers are told of carry the values set
 *     and the errors' text (off: keys and field names only)
 */
public record ApplyOptions(int concurrency, List<SyncObserver> observers,
    @Nullable Approval approval, boolean verifyFreshness, boolean recordValues) {

  /**
   * Checks the bounds.
   *
   * @param concurrency how many operations run at once (1 to 64); the client's rate limiter still
   *     paces every request
   * @param observers told of each finished operation, in order
   * @param approval the approval of a plan the guard refuses, if any
   * @param verifyFreshness whether to list the users again first and refuse a stale plan
   * @param recordValues whether operation records carry the values set and the errors' text
   */
  public ApplyOptions {
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("concurrency must be 1 to 64, was " + concurrency);
    }
    observers = List.copyOf(observers);
  }

  /** @return 4 at once, no observer, no approval, freshness verified, no values recorded */
  public static ApplyOptions defaults() {
    return new ApplyOptions(4, List.of(), null, true, false);
  }

  /**
   * Sets operations at once.
   *
   * @param value operations at once
   * @return a copy with it
   */
  public ApplyOptions withConcurrency(int value) {
    return new ApplyOptions(value, observers, approval, verifyFreshness, recordValues);
  }

  /**
   * Adds an observer of each finished operation (a progress bar, a metrics exporter).
   *
   * @param value the observer
   * @return a copy with it after the others
   */
  public ApplyOptions withObserver(SyncObserver value) {
    List<SyncObserver> more = new ArrayList<>(observers);
    more.add(Objects.requireNonNull(value, "observer"));
    return new ApplyOptions(concurrency, more, approval, verifyFreshness, recordValues);
  }

  /**
   * @param value whether operation records carry the values set and the errors' text
   * @return a copy with it
   */
  public ApplyOptions withRecordValues(boolean value) {
    return new ApplyOptions(concurrency, observers, approval, verifyFreshness, value);
  }

  /**
   * @param value the approval of the exact plan the guard refuses, if any
   * @return a copy with it
   */
  public ApplyOptions withApproval(@Nullable Approval value) {
    return new ApplyOptions(concurrency, observers, value, verifyFreshness, recordValues);
  }

  /**
   * Sets whether to verify freshness.
   *
   * @param value whether to verify freshness
   * @return a copy with it
   */
  public ApplyOptions withVerifyFreshness(boolean value) {
    return new ApplyOptions(concurrency, observers, approval, value, recordValues);
  }
}
