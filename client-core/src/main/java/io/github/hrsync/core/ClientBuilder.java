package io.github.hrsync.core;

import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.core.internal.time.MonotonicClock;
import io.github.hrsync.core.observe.CallObserver;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The options every hrsync client builder offers: base URL, timeouts, retries, rate limit, HTTP
 * client, executor, clock and sleeper. Each client's builder adds its credentials.
 *
 * <p>Defaults: connect timeout 10 s, attempt timeout 30 s, call deadline 2 min, response bodies
 * up to 16 MiB, {@link RetryPolicy#defaults()}, a monotonic UTC clock (never stepped
 * with the wall clock) and a sleeping {@link Sleeper}.
 *
 * <p>Builders are not thread-safe; the clients they build are.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** The default {@link #maxResponseBytes(long)}: 16 MiB, far above any page of the APIs. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;
  /** The longest timeout a builder takes: a call that may run for days is a hang. */
  public static final Duration MAX_TIMEOUT = Duration.ofDays(1);

  private @Nullable URI baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration attemptTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = Duration.ofMinutes(2);
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private @Nullable RateLimiter rateLimiter;
  private @Nullable RateBudgetStore rateBudgetStore;
  private @Nullable HttpClient httpClient;
  private @Nullable Executor executor;
  private Clock clock = MonotonicClock.INSTANCE;
  private Sleeper sleeper = Sleeper.system();
  private @Nullable String applicationName;
  private @Nullable Integer pagePrefetch;
  private final java.util.List<CallObserver> observers = new java.util.ArrayList<>();

  /** Creates a builder with the default settings. */
  protected ClientBuilder() {}

  /**
   * Sets the API's base URL. It must use {@code https}; plain {@code http} is accepted only for
   * loopback hosts (local sandboxes and tests), so credentials never cross a network in clear.
   * User-info ({@code https://user:password@host}) is refused: credentials go in the builder's
   * credential setters, where they are held as {@link Secret}s and never printed.
   *
   * @param baseUrl an absolute URL
   * @return this builder
   * @throws IllegalArgumentException when the URL carries user-info (the message does not repeat
   *     the URL)
   */
  public B baseUrl(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (baseUrl.getRawUserInfo() != null || baseUrl.getRawAuthority() != null
        && baseUrl.getRawAuthority().contains("@")) {
      throw new IllegalArgumentException("baseUrl must not carry user-info (user:password@): "
          + "set credentials on the builder instead; the URL is not repeated here");
    }
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * Sets the API's base URL from a string; see {@link #baseUrl(URI)}.
   *
   * @param baseUrl an absolute URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
  }

  /**
   * Sets how long opening a connection may take (used for the default HTTP client only).
   *
   * @param timeout positive
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * Sets how long one attempt may take: connecting, sending, the response headers and the whole
   * response body. A server that stalls or trickles its body ends the attempt at this time (and
   * the call at the call deadline) with an {@link ApiTimeoutException}.
   *
   * @param timeout positive
   * @return this builder
   */
  public B attemptTimeout(Duration timeout) {
    this.attemptTimeout = positive(timeout, "attemptTimeout");
    return self();
  }

  /**
   * Sets the overall deadline of one call, which bounds everything the call does: the wait for a
   * rate-limit permit, every attempt with its whole response body, and every backoff. A streamed
   * document download ends with an {@link java.net.http.HttpTimeoutException} from its stream at
   * this deadline too. An interrupted caller stops at once with an
   * {@link ApiInterruptedException}.
   *
   * @param timeout positive
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * Sets the largest response body read into memory. A larger body (by its
   * {@code Content-Length}, or counted while it arrives) drops the connection and fails the call
   * with an {@link UnexpectedResponseException} that names the cap; it is not retried. Document
   * downloads are streamed to the caller and not capped.
   *
   * @param bytes at least 1 KiB
   * @return this builder
   */
  public B maxResponseBytes(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + bytes);
    }
    this.maxResponseBytes = bytes;
    return self();
  }

  /**
   * Sets when failed requests are retried.
   *
   * @param retryPolicy the policy; {@link RetryPolicy#none()} disables retries
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * Sets the rate limiter. Share one instance between every client of the same credential.
   * Replaces a {@link #rateBudgetStore(RateBudgetStore)} set before.
   *
   * @param rateLimiter the limiter
   * @return this builder
   */
  public B rateLimiter(RateLimiter rateLimiter) {
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
    this.rateBudgetStore = null;
    return self();
  }

  /**
   * Keeps the client's default rate budget in a store that other processes share, so that
   * overlapping jobs, or a plan and its apply, never overrun the server's limit together:
   * {@link FileRateBudgetStore} for processes on one host, the JDBC store of
   * {@code hrsync-ratebudget-jdbc} for a fleet. The budget is named after what the server counts
   * by: {@code jobticket-<API key id>} for JobTicket, {@code hrfeed-<host>[-<port>]} for the HR
   * Feed. A call that cannot use the store fails with {@link RateBudgetException} and sends
   * nothing. Replaces a {@link #rateLimiter(RateLimiter)} set before.
   *
   * @param store the shared store
   * @return this builder
   */
  public B rateBudgetStore(RateBudgetStore store) {
    this.rateBudgetStore = Objects.requireNonNull(store, "store");
    this.rateLimiter = null;
    return self();
  }

  /**
   * Sends through the given HTTP client instead of building one (proxies, TLS, HTTP/2 settings).
   * The connect timeout and executor settings then do not apply. The client must not follow
   * redirects ({@link HttpClient.Redirect#NEVER}, its default): a followed redirect would carry
   * the credentials to another origin, so {@code build()} refuses any other setting.
   *
   * @param httpClient the client to use
   * @return this builder
   */
  public B httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * Sets the executor of the default HTTP client.
   *
   * @param executor the executor
   * @return this builder
   */
  public B executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return self();
  }

  /**
   * Sets the clock used for deadlines and lock-outs (for tests).
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Sets how the client waits for backoff, {@code Retry-After} and rate limits (for tests).
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Names the application in the {@code User-Agent} header, after the SDK's own name.
   *
   * @param applicationName a short product token such as {@code acme-hr-bridge/2.1}
   * @return this builder
   */
  public B applicationName(String applicationName) {
    Objects.requireNonNull(applicationName, "applicationName");
    if (applicationName.isBlank() || applicationName.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "applicationName must be non-blank printable ASCII, was '" + applicationName + "'");
    }
    this.applicationName = applicationName;
    return self();
  }

  /**
   * Sets how many pages a listing requests ahead, in parallel, once the first page tells the
   * total (0 reads one page at a time). Prefetched pages count against the rate limit like any
   * request; a caller that stops reading early may have spent up to this many requests for
   * nothing.
   *
   * @param pages 0 to 16
   * @return this builder
   */
  public B pagePrefetch(int pages) {
    if (pages < 0 || pages > 16) {
      throw new IllegalArgumentException("pagePrefetch must be 0 to 16, was " + pages);
    }
    this.pagePrefetch = pages;
    return self();
  }

  /**
   * Adds an observer of every attempt, retry and rate-limit wait of the client's calls (for
   * metrics, traces or a program that says why it is slow); several may be added and are told in
   * order. One that throws is logged and skipped, never breaking a call. The client also logs a
   * rate-limit wait of a second or more at INFO.
   *
   * @param observer the observer
   * @return this builder
   */
  public B observer(CallObserver observer) {
    observers.add(Objects.requireNonNull(observer, "observer"));
    return self();
  }

  /**
   * The settings collected so far.
   *
   * @return an immutable snapshot of the settings
   */
  protected final ClientSettings settings() {
    return new ClientSettings(baseUrl, connectTimeout, attemptTimeout, callTimeout,
        maxResponseBytes, retryPolicy,
        rateLimiter, rateBudgetStore, httpClient, executor, clock, sleeper, applicationName,
        pagePrefetch, observers);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(name + " must be positive and at most " + MAX_TIMEOUT
          + " (a deadline further out would overflow the clock), was " + value);
    }
    return value;
  }
}
