package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.internal.http.HttpTransport.Response;
import java.net.http.HttpResponse;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.ClientSettings;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.core.internal.observe.Observers;
import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.observe.CallResult;
import io.github.hrsync.core.observe.HttpCall;
import io.github.hrsync.core.observe.RetryScheduled;
import io.github.hrsync.core.ratelimit.RateLimitWait;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.error.UnexpectedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Runs one call under its one deadline ({@code callTimeout} from the start): the wait for a
 * rate-limit permit, every {@link Attempt} with its whole body, and every backoff end by then.
 * Retries follow the {@link RetryPolicy}; every retry takes a permit of its own, released when
 * its response or failure comes back. A 429 records the lock-out; a 404 on a DELETE retried after
 * an unanswered attempt counts as deleted. Thread-safe.
 */
final class CallRunner {
  private static final System.Logger LOG = System.getLogger("io.github.hrsync.http");

  private final HttpClient http;
  private final RequestFactory requests;
  private final ClientSettings settings;
  private final String apiName;
  private final RateLimiter limiter;
  private final ResponseErrors errors;
  private final Clock clock;
  private final Observers<CallObserver> observers;
  private final Routes routes;
  private final String host;
  private final int port;
  private static final AtomicLong CALL_IDS = new AtomicLong();

  CallRunner(HttpClient http, RequestFactory requests, ClientSettings settings, String apiName,
      RateLimiter limiter, ResponseErrors errors, Routes routes, java.net.URI baseUrl,
      Observers<CallObserver> observers) {
    this.http = http;
    this.requests = requests;
    this.settings = settings;
    this.apiName = apiName;
    this.limiter = limiter;
    this.errors = errors;
    this.clock = settings.clock();
    this.observers = observers;
    this.routes = routes;
    this.host = String.valueOf(baseUrl.getHost());
    this.port = baseUrl.getPort() >= 0 ? baseUrl.getPort()
        : "https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80;
  }

  Response<ResponseBody> execute(ApiRequest request, boolean stream) {
    Tally tally = new Tally(System.nanoTime());
    try {
      return execute(request, stream, tally);
    } finally {
      LastExchange.record(new LastExchange(tally.status, tally.attempts, tally.requestId,
          Duration.ofNanos(System.nanoTime() - tally.started)));
    }
  }

  /** What the attempts of one call got so far: the last status and request id, and how many. */
  private static final class Tally {
    final long started;
    int attempts;
    int status;
    @Nullable String requestId;

    Tally(long started) {
      this.started = started;
    }
  }

  private Response<ResponseBody> execute(ApiRequest request, boolean stream, Tally tally) {
    String route = routes.of(request.path());
    RetryPolicy retry = settings.retryPolicy();
    int maxAttempts = request.retrySafe() ? retry.maxAttempts() : 1;
    Instant deadline = clock.instant().plus(settings.callTimeout());
    RandomGenerator random = RandomGenerator.getDefault();
    for (int attempt = 1; ; attempt++) {
      Retryable failure;
      HttpCall call = new HttpCall(CALL_IDS.incrementAndGet(), apiName, request.method(), route,
          host, port, attempt);
      try {
        Response<ResponseBody> success =
            attempt(request, call, stream, deadline, maxAttempts, tally);
        return stream ? withDeadline(success, deadline) : success;
      } catch (Retryable retryable) {
        failure = retryable;
      } catch (NotFoundException gone) {
        // every attempt before this one ended unanswered or retryable, or the call had ended
        if (attempt > 1 && request.method().equals("DELETE")) {
          // an earlier attempt may have deleted it before its answer was lost: the goal is met
          LOG.log(Level.INFO, "{0} {1}: 404 on retry {2} after an unanswered attempt; counted "
              + "as deleted", request.method(), errors.path(request), attempt - 1);
          return new Response<>(gone.statusCode(), HttpHeaders.of(java.util.Map.of(),
              (name, value) -> true), ResponseBody.of(new byte[0]));
        }
        throw gone;
      }
      if (attempt >= maxAttempts) {
        if (maxAttempts > 1) {
          LOG.log(Level.INFO, "{0} {1}: giving up after {2} attempts: {3}", request.method(),
              errors.path(request), attempt, outcome(failure.failure()));
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
          errors.path(request), attempt, maxAttempts - 1, Long.toString(wait.toMillis()),
          outcome(failure.failure()));
      ApiException failed = failure.failure();
      observers.tell(observer -> observer.retryScheduled(new RetryScheduled(call, wait,
          failed.statusCode() == 0 ? failed.getClass().getSimpleName()
              : Integer.toString(failed.statusCode()))));
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
  private Response<ResponseBody> attempt(ApiRequest request, HttpCall call, boolean stream,
      Instant deadline, int maxAttempts, Tally tally) throws Retryable {
    int attempt = call.attempt();
    failIfLockedOut(request, deadline);
    RateLimiter.Permit permit = acquirePermit(request, deadline);
    Duration attemptTimeout =
        min(settings.attemptTimeout(), Duration.between(permit.grantedAt(), deadline));
    tally.attempts = attempt;
    tally.status = 0;
    tally.requestId = null;
    observers.tell(observer -> observer.callStarted(call));
    long started = System.nanoTime();
    HttpResponse<ResponseBody> response = null;
    String errorType = null;
    try {
      response = Attempt.send(http, requests.build(request), stream,
          settings.maxResponseBytes(), attemptTimeout);
    } catch (BoundedBody.TooLarge e) {
      errorType = "ResponseTooLarge";
      log(request, 0, attempt, maxAttempts, started);
      throw new UnexpectedResponseException(errors.noResponse(request), "response body larger "
          + "than maxResponseBytes (" + e.cap() + " bytes); the connection was dropped", null);
    } catch (HttpTimeoutException e) {
      errorType = e.getClass().getSimpleName();
      log(request, 0, attempt, maxAttempts, started);
      throw new Retryable(new ApiTimeoutException(errors.noResponse(request),
          "attempt timed out after " + attemptTimeout.truncatedTo(ChronoUnit.MILLIS)
          + " (headers and body)", e), null);
    } catch (IOException e) {
      errorType = e.getClass().getSimpleName();
      log(request, 0, attempt, maxAttempts, started);
      throw new Retryable(errors.unreachable(request, e), null);
    } catch (InterruptedException e) {
      errorType = e.getClass().getSimpleName();
      Thread.currentThread().interrupt();
      throw new ApiInterruptedException(errors.noResponse(request), e);
    } finally {
      // the server has seen the request by now, if it ever will: its window starts here
      permit.release();
      finished(call, response, errorType, started, tally);
    }
    int status = response.statusCode();
    log(request, status, attempt, maxAttempts, started);
    if (status >= 200 && status < 300) {
      return new Response<>(status, response.headers(), response.body());
    }
    ApiException failure = errors.forStatus(request, status, response.headers(),
        response.body().bytesOrEmpty());
    if (failure instanceof RateLimitException limited) {
      recordLockout(request, limited, deadline);
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

  /** Tells the observers how an attempt ended, and keeps its answer for the call's tally. */
  private void finished(HttpCall call, @Nullable HttpResponse<ResponseBody> response,
      @Nullable String failure, long started, Tally tally) {
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    int status = response == null ? 0 : response.statusCode();
    String requestId = response == null ? null : errors.requestId(response.headers());
    byte[] bytes = response == null ? null : response.body().bytes();
    String errorType = failure != null ? failure : status == 0 ? "NoResponse"
        : status >= 200 && status < 300 ? null : Integer.toString(status);
    tally.status = status;
    tally.requestId = requestId;
    CallResult result = new CallResult(status, took, bytes == null ? -1 : bytes.length,
        errorType, requestId);
    observers.tell(observer -> observer.callFinished(call, result));
  }

  private Response<ResponseBody> withDeadline(Response<ResponseBody> response,
      Instant deadline) {
    InputStream body = new DeadlineInputStream(Objects.requireNonNull(response.body().stream()),
        Duration.between(clock.instant(), deadline), settings.callTimeout());
    return new Response<>(response.statusCode(), response.headers(), ResponseBody.streamed(body));
  }

  private void recordLockout(ApiRequest request, RateLimitException limited, Instant deadline) {
    Instant until = limited.lockedUntil();
    if (until != null) {
      try {
        limiter.lockUntil(until, deadline);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiInterruptedException(errors.noResponse(request), e);
      }
    }
    LOG.log(Level.WARNING, () -> limited.method() + " " + limited.path()
        + " rate limited (429); " + (until == null ? "the answer says no readable end of the "
        + "lock-out, so none is recorded; the call fails and is not retried"
        : "no request is sent until " + until));
  }

  private void failIfLockedOut(ApiRequest request, Instant deadline) {
    Instant lockedUntil;
    try {
      lockedUntil = limiter.readLockedUntil(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiInterruptedException(errors.noResponse(request), e);
    }
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
      // another process may have recorded a lock-out while this one waited (a store busy at the
      // deadline says nothing either way: the deadline is what is reported then)
      try {
        failIfLockedOut(request, deadline);
      } catch (RateBudgetException busy) {
        LOG.log(Level.DEBUG, () -> "no lock-out read at the deadline: " + busy.getMessage());
      }
      throw new ApiTimeoutException(errors.noResponse(request), "call deadline of "
          + settings.callTimeout() + " reached: no rate-limit permit (" + limiter
          + ") comes before it", null);
    }
    return permit;
  }

  /** Says that a call waits for the limiter: a log line from a second on, and the observers. */
  private void announce(ApiRequest request, Duration wait) {
    RateLimitWait waiting = new RateLimitWait(apiName, request.method(),
        routes.of(request.path()), wait, limiter.permits(), limiter.window());
    LOG.log(wait.compareTo(Duration.ofSeconds(1)) >= 0 ? Level.INFO : Level.DEBUG,
        () -> request.method() + " " + errors.path(request) + ": " + waiting.describe());
    observers.tell(observer -> observer.rateLimitWait(waiting));
  }

  private void sleepUntil(ApiRequest request, Instant wakeAt) {
    try {
      settings.sleeper().sleepUntil(wakeAt, clock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiInterruptedException(errors.noResponse(request), e);
    }
  }

  /**
   * What a failed attempt is in a log record: its status, or why no answer came, never the
   * server's text, which may quote a person's name or e-mail.
   */
  private static String outcome(ApiException failure) {
    if (failure.statusCode() != 0) {
      return "HTTP " + failure.statusCode();
    }
    return failure instanceof ApiTimeoutException ? "no response (timed out)"
        : "no response (connection failed)";
  }

  private void log(ApiRequest request, int status, int attempt, int maxAttempts, long started) {
    LOG.log(Level.DEBUG, () -> request.method() + " " + errors.path(request) + " -> "
        + (status == 0 ? "no response" : status) + " (attempt " + attempt + "/" + maxAttempts
        + ", " + (System.nanoTime() - started) / 1_000_000 + " ms)");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

}
