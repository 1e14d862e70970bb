package io.github.hrsync.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * When and how a failed request is tried again.
 *
 * <p>A request is retried only when the API client marks it safe to repeat (reads, deletes,
 * absolute-value updates, the deduplicated JobTicket sync; never a plain create) and it failed with
 * a connection error, a per-attempt timeout or one of {@link #retryableStatuses()} (by default
 * 408, 502, 503 and 504). 400, 401, 403, 404, 409 and 422 are never retried. Waits grow
 * exponentially with full jitter: attempt {@code n} waits a random time between zero and
 * {@code min(maxBackoff, initialBackoff * 2^(n-1))}. A {@code Retry-After} header replaces the
 * computed wait; when it asks for longer than {@link #maxRetryAfter()}, the client gives up at once
 * instead of retrying early. All waits stay inside the client's overall call deadline.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final Set<Integer> DEFAULT_STATUSES = Set.of(408, 502, 503, 504);
  private static final Set<Integer> NEVER_RETRIED = Set.of(400, 401, 403, 404, 409, 422);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(builder.retryableStatuses);
  }

  /**
   * The default policy: 4 attempts, 200 ms initial backoff, 10 s maximum backoff, {@code
   * Retry-After} honoured up to 60 s, statuses 408, 502, 503, 504.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * A policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * Starts a builder with the default values of {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the most attempts made for one call, the first included (at least 1) */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** @return the upper bound of the first retry's jittered wait */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** @return the largest upper bound of any jittered wait */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** @return the longest {@code Retry-After} the client waits for before giving up */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** @return the HTTP statuses retried for requests that are safe to repeat */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /**
   * The jittered wait before retry number {@code retry} (1 for the first retry).
   *
   * @param retry the retry number, starting at 1
   * @param random the source of jitter
   * @return a wait between zero and the exponential bound for that retry
   */
  public Duration backoff(int retry, RandomGenerator random) {
    long bound = initialBackoff.toNanos();
    for (int i = 1; i < retry && bound < maxBackoff.toNanos(); i++) {
      bound *= 2;
    }
    bound = Math.min(bound, maxBackoff.toNanos());
    return bound <= 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(bound + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter
        + ", retryableStatuses=" + retryableStatuses + "]";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = DEFAULT_STATUSES;

    private Builder() {}

    /**
     * Sets the most attempts per call, the first included.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the upper bound of the first retry's jittered wait.
     *
     * @param initialBackoff zero or positive
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the largest upper bound of a jittered wait.
     *
     * @param maxBackoff zero or positive
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} that is waited for; a longer one ends the retries.
     *
     * @param maxRetryAfter zero or positive
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Sets the statuses that are retried. 400, 401, 403, 404, 409 and 422 are refused: retrying
     * them cannot succeed and may repeat a write.
     *
     * @param statuses HTTP status codes from 400 to 599
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      for (int status : statuses) {
        if (status < 400 || status > 599 || NEVER_RETRIED.contains(status)) {
          throw new IllegalArgumentException("status " + status + " must not be retried");
        }
      }
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return an immutable policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
