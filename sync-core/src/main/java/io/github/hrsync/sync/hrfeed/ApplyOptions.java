package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.observe.SyncObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a plan is applied: start from {@link #defaults()} and change what differs. Immutable; each
 * {@code with} method returns a copy.
 */
public final class ApplyOptions {
  private static final ApplyOptions DEFAULTS = new ApplyOptions(4, List.of(), true, false);

  private final int concurrency;
  private final List<SyncObserver> observers;
  private final boolean verifyFreshness;
  private final boolean recordValues;

  private ApplyOptions(int concurrency, List<SyncObserver> observers, boolean verifyFreshness,
      boolean recordValues) {
    this.concurrency = concurrency;
    this.observers = List.copyOf(observers);
    this.verifyFreshness = verifyFreshness;
    this.recordValues = recordValues;
  }

  /** @return 4 at once, no observer, freshness verified, no values recorded */
  public static ApplyOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Sets how many operations run at once; the client's rate limiter still paces every request.
   *
   * @param value operations at once, 1 to 64
   * @return a copy with it
   * @throws IllegalArgumentException when {@code value} is outside 1 to 64
   */
  public ApplyOptions withConcurrency(int value) {
    if (value < 1 || value > 64) {
      throw new IllegalArgumentException("concurrency must be 1 to 64, was " + value);
    }
    return new ApplyOptions(value, observers, verifyFreshness, recordValues);
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
    return new ApplyOptions(concurrency, more, verifyFreshness, recordValues);
  }

  /**
   * @param value whether the operation records observers are told of carry the values set and
   *     the errors' text (off: keys and field names only)
   * @return a copy with it
   */
  public ApplyOptions withRecordValues(boolean value) {
    return new ApplyOptions(concurrency, observers, verifyFreshness, value);
  }

  /**
   * @param value whether to list the users again first and refuse a stale plan
   * @return a copy with it
   */
  public ApplyOptions withVerifyFreshness(boolean value) {
    return new ApplyOptions(concurrency, observers, value, recordValues);
  }

  /** @return how many operations run at once */
  public int concurrency() {
    return concurrency;
  }

  /** @return told of each finished operation ({@link SyncObserver#operationDone}), in order */
  public List<SyncObserver> observers() {
    return observers;
  }

  /** @return whether the users are listed again first and a stale plan refused */
  public boolean verifyFreshness() {
    return verifyFreshness;
  }

  /** @return whether operation records carry the values set and the errors' text */
  public boolean recordValues() {
    return recordValues;
  }

  @Override
  public String toString() {
    return "ApplyOptions[concurrency=" + concurrency + ", observers=" + observers.size()
        + ", verifyFreshness=" + verifyFreshness + ", recordValues=" + recordValues + "]";
  }
}
