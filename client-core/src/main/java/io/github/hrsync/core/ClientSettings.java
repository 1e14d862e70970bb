package io.github.hrsync.core;

import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.ratelimit.Sleeper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The transport settings every hrsync client shares, as collected by a {@link ClientBuilder}: a
 * read-only snapshot that only a builder makes (configure a client through its builder). Holds no
 * credential.
 */
public final class ClientSettings {
  private final @Nullable URI baseUrl;
  private final Duration connectTimeout;
  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final @Nullable RateLimiter rateLimiter;
  private final @Nullable RateBudgetStore rateBudgetStore;
  private final @Nullable HttpClient httpClient;
  private final @Nullable Executor executor;
  private final Clock clock;
  private final Sleeper sleeper;
  private final @Nullable String applicationName;
  private final @Nullable Integer pagePrefetch;
  private final List<CallObserver> observers;

  ClientSettings(@Nullable URI baseUrl, Duration connectTimeout, Duration attemptTimeout,
      Duration callTimeout, long maxResponseBytes, RetryPolicy retryPolicy,
      @Nullable RateLimiter rateLimiter, @Nullable RateBudgetStore rateBudgetStore,
      @Nullable HttpClient httpClient, @Nullable Executor executor, Clock clock, Sleeper sleeper,
      @Nullable String applicationName, @Nullable Integer pagePrefetch,
      List<CallObserver> observers) {
    this.baseUrl = baseUrl;
    this.connectTimeout = connectTimeout;
    this.attemptTimeout = attemptTimeout;
    this.callTimeout = callTimeout;
    this.maxResponseBytes = maxResponseBytes;
    this.retryPolicy = retryPolicy;
    this.rateLimiter = rateLimiter;
    this.rateBudgetStore = rateBudgetStore;
    this.httpClient = httpClient;
    this.executor = executor;
    this.clock = clock;
    this.sleeper = sleeper;
    this.applicationName = applicationName;
    this.pagePrefetch = pagePrefetch;
    this.observers = List.copyOf(observers);
  }

  /** @return the API's base URL, if set (each client has its own default) */
  public @Nullable URI baseUrl() {
    return baseUrl;
  }

  /** @return how long opening a connection may take */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** @return how long one attempt may take: connection, headers and the whole body */
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  /**
   * @return the overall deadline of one call: every rate-limit wait, attempt (body included) and
   *     backoff
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** @return the largest response body read into memory; a larger one fails the call */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** @return when failed requests are retried */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * @return the limiter shared by every call of the client, if set (each client has its own
   *     default)
   */
  public @Nullable RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** @return the store the client's default limiter keeps its budget in, if set */
  public @Nullable RateBudgetStore rateBudgetStore() {
    return rateBudgetStore;
  }

  /** @return the {@link HttpClient} to send with, if the caller brings one */
  public @Nullable HttpClient httpClient() {
    return httpClient;
  }

  /** @return the executor of the default {@link HttpClient}, if set */
  public @Nullable Executor executor() {
    return executor;
  }

  /** @return the clock for deadlines and lock-outs */
  public Clock clock() {
    return clock;
  }

  /** @return how the client waits */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** @return appended to the {@code User-Agent}, if set */
  public @Nullable String applicationName() {
    return applicationName;
  }

  /**
   * @return how many pages a listing requests ahead in parallel, if set (each client has its own
   *     default)
   */
  public @Nullable Integer pagePrefetch() {
    return pagePrefetch;
  }

  /** @return told of every attempt, retry and rate-limit wait, in order */
  public List<CallObserver> observers() {
    return observers;
  }
}
