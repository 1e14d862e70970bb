package io.github.hrsync.core;

import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.ratelimit.Sleeper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The transport settings every hrsync client shares, as collected by a {@link ClientBuilder}.
 * Holds no credential.
 *
 * @param baseUrl the API's base URL, if set (each client has its own default)
 * @param connectTimeout how long opening a connection may take
 * @param attemptTimeout how long one attempt may take: connection, headers and the whole body
 * @param callTimeout the overall deadline of one call: every rate-limit wait, attempt (body
 *     included) and backoff
 * @param maxResponseBytes the largest response body read into memory; a larger one fails the call
 * @param retryPolicy when failed requests are retried
 * @param rateLimiter the limiter shared by every call of the client, if set (each client has its
 *     own default)
 * @param rateBudgetStore the store the client's default limiter keeps its budget in, if set
 * @param httpClient the {@link HttpClient} to send with, if the caller brings one
 * @param executor the executor of the default {@link HttpClient}, if set
 * @param clock the clock for deadlines and lock-outs
 * @param sleeper how the client waits
 * @param applicationName appended to the {@code User-Agent}, if set
 * @param pagePrefetch how many pages a listing requests ahead in parallel, if set (each client has
 *     its own default)
 * @param observers told of every attempt, retry and rate-limit wait, in order
 */
public record ClientSettings(
    @Nullable URI baseUrl,
    Duration connectTimeout,
    Duration attemptTimeout,
    Duration callTimeout,
    long maxResponseBytes,
    RetryPolicy retryPolicy,
    @Nullable RateLimiter rateLimiter,
    @Nullable RateBudgetStore rateBudgetStore,
    @Nullable HttpClient httpClient,
    @Nullable Executor executor,
    Clock clock,
    Sleeper sleeper,
    @Nullable String applicationName,
    @Nullable Integer pagePrefetch,
    java.util.List<CallObserver> observers) {

  /**
   * Copies the observers.
   *
   * @param baseUrl the API's base URL, if set
   * @param connectTimeout how long opening a connection may take
   * @param attemptTimeout how long one attempt may take
   * @param callTimeout the overall deadline of one call
   * @param maxResponseBytes the largest response body read into memory
   * @param retryPolicy when failed requests are retried
   * @param rateLimiter the limiter shared by every call of the client, if set
   * @param rateBudgetStore the store the client's default limiter keeps its budget in, if set
   * @param httpClient the {@link HttpClient} to send with, if the caller brings one
   * @param executor the executor of the default {@link HttpClient}, if set
   * @param clock the clock for deadlines and lock-outs
   * @param sleeper how the client waits
   * @param applicationName appended to the {@code User-Agent}, if set
   * @param pagePrefetch how many pages a listing requests ahead in parallel, if set
   * @param observers told of every attempt, retry and rate-limit wait, in order
   */
  public ClientSettings {
    observers = java.util.List.copyOf(observers);
  }
}
