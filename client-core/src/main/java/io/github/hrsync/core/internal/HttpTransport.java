package io.github.hrsync.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.hrsync.core.ApiConnectionException;
import io.github.hrsync.core.ApiException;
import io.github.hrsync.core.ApiInterruptedException;
import io.github.hrsync.core.ApiTimeoutException;
import io.github.hrsync.core.ClientSettings;
import io.github.hrsync.core.NotFoundException;
import io.github.hrsync.core.RateLimitException;
import io.github.hrsync.core.RateLimitWait;
import io.github.hrsync.core.RateLimiter;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.UnexpectedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ApiRequest}s under one deadline per call: the rate-limit wait, every attempt (its
 * connection, headers and whole body) and every backoff end by {@code callTimeout}. Retries follow
 * the {@link RetryPolicy}; a 429 records the lock-out; failures become typed exceptions through
 * {@link ResponseErrors}. One attempt is an {@link Attempt}. One instance per client; thread-safe.
 */
public final class HttpTransport {
  private static final System.Logger LOG = System.getLogger("io.github.hrsync.http");

  private final String baseUrl;
  private final boolean plainHttp;
  private final HttpClient http;
  private final ClientSettings settings;
  private final ApiProfile profile;
  private final RateLimiter limiter;
  private final ResponseErrors errors;
  private final String userAgent;
  private final Clock clock;

  /**
   * @param settings the caller's settings
   * @param profile what the API adds
   * @throws IllegalArgumentException when no usable base URL is configured, or a supplied
   *     {@link HttpClient} follows redirects (it would carry the credentials to another origin)
   */
  public HttpTransport(ClientSettings settings, ApiProfile profile) {
    URI base = settings.baseUrl() != null ? settings.baseUrl() : profile.defaultBaseUrl();
    if (base == null) {
      throw new IllegalArgumentException(profile.apiName() + ": baseUrl is required");
    }
    this.baseUrl = BaseUrls.normalize(base).toString();
    // HTTP/2 only over TLS: a cleartext h2c upgrade of a request with a body is reset by many
    // servers, and plain http is allowed only for loopback sandboxes anyway.
    this.plainHttp = baseUrl.startsWith("http:");
    this.settings = settings;
    this.profile = profile;
    this.http = settings.httpClient() != null
        ? noRedirects(Objects.requireNonNull(settings.httpClient())) : defaultClient(settings);
    this.limiter = settings.rateLimiter() != null
        ? settings.rateLimiter() : profile.defaultRateLimiter().get();
    this.errors = new ResponseErrors(new Redactor(profile.redactions()), settings.clock(),
        profile.lockoutOn429());
    this.userAgent = UserAgent.of(profile.apiName(), settings.applicationName());
    this.clock = settings.clock();
  }

  /** @return the normalised base URL */
  public String baseUrl() {
    return baseUrl;
  }

  /** @return the rate limiter every call goes through */
  public RateLimiter rateLimiter() {
    return limiter;
  }

  /** @return the settings the transport was built with */
  public ClientSettings settings() {
    return settings;
  }

  /**
   * Sends a request and reads the JSON response into {@code type}.
   *
   * @param request the request
   * @param type the expected body type
   * @param <T> the body type
   * @return the parsed body
   */
  public <T> T json(ApiRequest request, TypeReference<T> type) {
    return json(request, Json.mapper().getTypeFactory().constructType(type));
  }

  /**
   * Sends a request and reads the JSON response into {@code type}.
   *
   * @param request the request
   * @param type the expected body type
   * @param <T> the body type
   * @return the parsed body
   * @throws UnexpectedResponseException when the body is empty, JSON {@code null}, not the
   *     expected JSON, or larger than {@code maxResponseBytes}
   */
  public <T> T json(ApiRequest request, JavaType type) {
    Response<byte[]> response = bytes(request);
    byte[] body = response.body();
    if (body.length == 0) {
      throw unreadable(request, response, "empty response body, JSON expected");
    }
    T value;
    try {
      value = Json.mapper().readValue(body, type);
    } catch (IOException e) {
      // the parser's own message quotes body values, which may echo a secret: keep only where
      throw unreadable(request, response, "response body is not the expected JSON ("
          + e.getClass().getSimpleName() + where(e) + ")");
    }
    if (value == null) {
      throw unreadable(request, response, "response body is JSON null");
    }
    return value;
  }

  private UnexpectedResponseException unreadable(ApiRequest request, Response<byte[]> response,
      String reason) {
    return new UnexpectedResponseException(
        errors.context(request, response.statusCode(), response.headers(), response.body()),
        reason, null);
  }

  private String where(IOException failure) {
    if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder(" at $");
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.append('.').append(errors.scrub(reference.getFieldName()));
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return path.toString();
    }
    if (failure instanceof JsonProcessingException parse && parse.getLocation() != null) {
      return " at line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr();
    }
    return "";
  }

  /**
   * Sends a request and reads its successful body whole, up to {@code maxResponseBytes}.
   *
   * @param request the request
   * @return the status, headers and body
   */
  public Response<byte[]> bytes(ApiRequest request) {
    Response<ResponseBody> response = execute(request, false);
    return new Response<>(response.statusCode(), response.headers(),
        response.body().bytesOrEmpty());
  }

  /**
   * Sends a request whose success has no body worth reading (204).
   *
   * @param request the request
   * @return the success status code
   */
  public int send(ApiRequest request) {
    return execute(request, false).statusCode();
  }

  /**
   * Sends a request and hands over the successful body as a stream, without buffering or a size
   * cap; the stream ends with an {@link HttpTimeoutException} at the call deadline. The caller
   * must close it.
   *
   * @param request the request
   * @return the status, headers and body stream
   */
  public Response<InputStream> stream(ApiRequest request) {
    Response<ResponseBody> response = execute(request, true);
    return new Response<>(response.statusCode(), response.headers(),
        Objects.requireNonNull(response.body().stream()));
  }

  /**
   * A successful response.
   *
   * @param statusCode the 2xx status
   * @param headers the response headers
   * @param body the body
   * @param <B> the body type
   */
  public record Response<B>(int statusCode, HttpHeaders headers, B body) {}

  private Response<ResponseBody> execute(ApiRequest request, boolean stream) {
    RetryPolicy retry = settings.retryPolicy();
    int maxAttempts = request.retrySafe() ? retry.maxAttempts() : 1;
    Instant deadline = clock.instant().plus(settings.callTimeout());
    RandomGenerator random = RandomGenerator.getDefault();
    boolean ambiguous = false;
    for (int attempt = 1; ; attempt++) {
      Retryable failure;
      try {
        Response<ResponseBody> success = attempt(request, stream, deadline, attempt, maxAttempts);
        return stream ? withDeadline(success, deadline) : success;
      } catch (Retryable retryable) {
        failure = retryable;
        ambiguous = true;
      } catch (NotFoundException gone) {
        if (ambiguous && request.method().equals("DELETE")) {
          // an earlier attempt may have deleted it before its answer was lost: the goal is met
          LOG.log(Level.INFO, "{0} {1}: 404 on retry {2} after an unanswered attempt; counted "
              + "as deleted", request.method(), request.path(), attempt - 1);
          return new Response<>(gone.statusCode(), HttpHeaders.of(java.util.Map.of(),
              (name, value) -> true), ResponseBody.of(new byte[0]));
        }
        throw gone;
      }
      if (attempt >= maxAttempts) {
        if (maxAttempts > 1) {
          LOG.log(Level.INFO, "{0} {1}: giving up after {2} attempts: {3}", request.method(),
              request.path(), attempt, failure.failure().getMessage());
        }
        throw failure.failure();
      }
      Duration wait = failure.retryAfter() != null
          ? failure.retryAfter() : retry.backoff(attempt, random);
      Instant wakeAt = clock.instant().plus(wait);
      if (!wakeAt.isBefore(deadline)) {
        throw new ApiTimeoutException(failure.failure().context(), "call deadline of "
            + settings.callTimeout() + " would pass before retry " + attempt + " ("
            + failure.failure().getMessage() + ")", failure.failure());
      }
      LOG.log(Level.INFO, "{0} {1} retry {2} of {3} in {4} ms after: {5}", request.method(),
          request.path(), attempt, maxAttempts - 1, Long.toString(wait.toMillis()),
          failure.failure().getMessage());
      sleepUntil(request, wakeAt);
    }
  }

  /**
   * A failure the retry policy allows to retry, with the wait the server asked for. Thrown only
   * between {@link #attempt} and {@link #execute}.
   */
  private static final class Retryable extends Exception {
    private static final long serialVersionUID = 1L;
    private final ApiException failure;
    private final @Nullable Duration retryAfter;

    Retryable(ApiException failure, @Nullable Duration retryAfter) {
      super(null, null, false, false);
      this.failure = failure;
      this.retryAfter = retryAfter;
    }

    ApiException failure() {
      return failure;
    }

    @Nullable Duration retryAfter() {
      return retryAfter;
    }
  }

  /**
   * Runs one attempt under a permit of its own.
   *
   * @return the successful response
   * @throws Retryable when the attempt failed in a way the policy may retry
   * @throws ApiException when it failed in a way never retried
   */
  private Response<ResponseBody> attempt(ApiRequest request, boolean stream, Instant deadline,
      int attempt, int maxAttempts) throws Retryable {
    failIfLockedOut(request);
    RateLimiter.Permit permit = acquirePermit(request, deadline);
    Duration attemptTimeout =
        min(settings.attemptTimeout(), Duration.between(permit.grantedAt(), deadline));
    long started = System.nanoTime();
    HttpResponse<ResponseBody> response;
    try {
      response = Attempt.send(http, build(request), stream,
          settings.maxResponseBytes(), attemptTimeout);
    } catch (BoundedBody.TooLarge e) {
      log(request, 0, attempt, maxAttempts, started);
      throw new UnexpectedResponseException(errors.noResponse(request), "response body larger "
          + "than maxResponseBytes (" + e.cap() + " bytes); the connection was dropped", null);
    } catch (HttpTimeoutException e) {
      log(request, 0, attempt, maxAttempts, started);
      throw new Retryable(new ApiTimeoutException(errors.noResponse(request),
          "attempt timed out after " + attemptTimeout.truncatedTo(ChronoUnit.MILLIS)
          + " (headers and body)", e), null);
    } catch (IOException e) {
      log(request, 0, attempt, maxAttempts, started);
      throw new Retryable(new ApiConnectionException(errors.noResponse(request), e), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiInterruptedException(errors.noResponse(request), e);
    } finally {
      // the server has seen the request by now, if it ever will: its window starts here
      permit.release();
    }
    int status = response.statusCode();
    log(request, status, attempt, maxAttempts, started);
    if (status >= 200 && status < 300) {
      return new Response<>(status, response.headers(), response.body());
    }
    ApiException failure = errors.forStatus(request, status, response.headers(),
        response.body().bytesOrEmpty());
    if (failure instanceof RateLimitException limited) {
      recordLockout(limited);
      throw limited;
    }
    RetryPolicy retry = settings.retryPolicy();
    Duration retryAfter = errors.retryAfter(response.headers());
    if (!retry.retryableStatuses().contains(status)
        || (retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0)) {
      throw failure;
    }
    throw new Retryable(failure, retryAfter);
  }

  private Response<ResponseBody> withDeadline(Response<ResponseBody> response,
      Instant deadline) {
    InputStream body = new DeadlineInputStream(Objects.requireNonNull(response.body().stream()),
        Duration.between(clock.instant(), deadline), settings.callTimeout());
    return new Response<>(response.statusCode(), response.headers(), ResponseBody.streamed(body));
  }

  private void recordLockout(RateLimitException limited) {
    Instant until = limited.lockedUntil();
    if (until != null) {
      limiter.lockUntil(until);
    }
    LOG.log(Level.WARNING, () -> limited.method() + " " + limited.path()
        + " rate limited (429); no request is sent until " + until);
  }

  private void failIfLockedOut(ApiRequest request) {
    Instant lockedUntil = limiter.lockedUntil();
    if (lockedUntil != null) {
      throw new RateLimitException(errors.noResponse(request), lockedUntil);
    }
  }

  private RateLimiter.Permit acquirePermit(ApiRequest request, Instant deadline) {
    RateLimiter.Permit permit;
    try {
      permit = limiter.acquire(deadline, wait -> announce(request, wait));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiInterruptedException(errors.noResponse(request), e);
    }
    if (permit == null) {
      throw new ApiTimeoutException(errors.noResponse(request), "call deadline of "
          + settings.callTimeout() + " reached: no rate-limit permit (" + limiter
          + ") comes before it", null);
    }
    return permit;
  }

  /** Says that a call waits for the limiter: a log line from a second on, and the hook. */
  private void announce(ApiRequest request, Duration wait) {
    RateLimitWait waiting = new RateLimitWait(profile.apiName(), request.method(),
        request.path(), wait, limiter.permits(), limiter.window());
    LOG.log(wait.compareTo(Duration.ofSeconds(1)) >= 0 ? Level.INFO : Level.DEBUG,
        () -> request.method() + " " + request.path() + ": " + waiting.describe());
    settings.onRateLimitWait().accept(waiting);
  }

  private void sleepUntil(ApiRequest request, Instant wakeAt) {
    try {
      settings.sleeper().sleepUntil(wakeAt, clock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiInterruptedException(errors.noResponse(request), e);
    }
  }

  private HttpRequest build(ApiRequest request) {
    String query = UrlPaths.query(request.query());
    URI uri = URI.create(baseUrl + request.path() + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .version(plainHttp ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
        .header("User-Agent", userAgent)
        .header("Accept", request.accept());
    if (request.authenticated()) {
      profile.authHeaders().forEach((name, value) -> builder.header(name, value.reveal()));
    }
    BodySource body = request.body();
    if (body == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", body.contentType());
      builder.method(request.method(), body.publishers().get());
    }
    return builder.build();
  }

  private void log(ApiRequest request, int status, int attempt, int maxAttempts, long started) {
    LOG.log(Level.DEBUG, () -> request.method() + " " + request.path() + " -> "
        + (status == 0 ? "no response" : status) + " (attempt " + attempt + "/" + maxAttempts
        + ", " + (System.nanoTime() - started) / 1_000_000 + " ms)");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static HttpClient noRedirects(HttpClient supplied) {
    if (supplied.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException("the supplied HttpClient follows redirects ("
          + supplied.followRedirects() + "): it would send the credentials to whatever origin "
          + "a redirect names; build it with followRedirects(HttpClient.Redirect.NEVER)");
    }
    return supplied;
  }

  private static HttpClient defaultClient(ClientSettings settings) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (settings.executor() != null) {
      builder.executor(Objects.requireNonNull(settings.executor()));
    }
    return builder.build();
  }
}
