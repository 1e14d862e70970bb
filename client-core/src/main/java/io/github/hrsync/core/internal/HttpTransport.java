package io.github.hrsync.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.core.ApiConnectionException;
import io.github.hrsync.core.ApiException;
import io.github.hrsync.core.ApiTimeoutException;
import io.github.hrsync.core.AuthenticationException;
import io.github.hrsync.core.BadRequestException;
import io.github.hrsync.core.ClientSettings;
import io.github.hrsync.core.ConflictException;
import io.github.hrsync.core.ErrorContext;
import io.github.hrsync.core.NotFoundException;
import io.github.hrsync.core.PermissionDeniedException;
import io.github.hrsync.core.RateLimitException;
import io.github.hrsync.core.RateLimiter;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.ServerException;
import io.github.hrsync.core.UnexpectedResponseException;
import io.github.hrsync.core.UnprocessableEntityException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ApiRequest}s: rate limit, per-attempt timeout, overall deadline, retries with
 * backoff and {@code Retry-After}, 429 lock-outs and typed errors. One instance per client;
 * thread-safe.
 */
public final class HttpTransport {
  private static final System.Logger LOG = System.getLogger("io.github.hrsync.http");
  private static final int BODY_LIMIT = 2048;
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid");

  private final String baseUrl;
  private final boolean plainHttp;
  private final HttpClient http;
  private final ClientSettings settings;
  private final ApiProfile profile;
  private final RateLimiter limiter;
  private final Redactor redactor;
  private final String userAgent;
  private final Clock clock;

  /**
   * @param settings the caller's settings
   * @param profile what the API adds
   * @throws IllegalArgumentException when no usable base URL is configured
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
    this.http = settings.httpClient() != null ? settings.httpClient() : defaultClient(settings);
    this.limiter = settings.rateLimiter() != null
        ? settings.rateLimiter() : profile.defaultRateLimiter().get();
    this.redactor = new Redactor(profile.redactions());
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
   */
  public <T> T json(ApiRequest request, JavaType type) {
    ReadBody read = execute(request, response -> {
      try (InputStream in = response.body()) {
        return new ReadBody(response, in.readAllBytes());
      }
    });
    byte[] body = read.bytes();
    if (body.length == 0) {
      throw unreadable(request, read, "empty response body, JSON expected", null);
    }
    T value;
    try {
      value = Json.mapper().readValue(body, type);
    } catch (IOException e) {
      throw unreadable(request, read,
          "response body is not the expected JSON (" + e.getClass().getSimpleName() + ")", e);
    }
    if (value == null) {
      throw unreadable(request, read, "response body is JSON null", null);
    }
    return value;
  }

  /** A successful response read whole. */
  private record ReadBody(HttpResponse<InputStream> response, byte[] bytes) {}

  /** The error for a success body that cannot be used; built only then, secrets scrubbed. */
  private UnexpectedResponseException unreadable(ApiRequest request, ReadBody read,
      String reason, @Nullable Throwable cause) {
    return new UnexpectedResponseException(context(request, read.response().statusCode(),
        read.response(), new String(read.bytes(), StandardCharsets.UTF_8)), reason, cause);
  }


  /**
   * Sends a request whose success has no body worth reading (204).
   *
   * @param request the request
   * @return the success status code
   */
  public int send(ApiRequest request) {
    return execute(request, response -> {
      try (InputStream in = response.body()) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return response.statusCode();
    });
  }

  /**
   * Sends a request and hands over the successful response with its body unread; the caller
   * must close the stream.
   *
   * @param request the request
   * @return the response
   */
  public HttpResponse<InputStream> stream(ApiRequest request) {
    return execute(request, response -> response);
  }

  /** Reads a successful response; an {@link IOException} counts as a connection failure. */
  @FunctionalInterface
  private interface ResponseReader<T> {
    T read(HttpResponse<InputStream> response) throws IOException;
  }

  private <T> T execute(ApiRequest request, ResponseReader<T> reader) {
    RetryPolicy retry = settings.retryPolicy();
    int maxAttempts = request.retrySafe() ? retry.maxAttempts() : 1;
    Instant deadline = clock.instant().plus(settings.callTimeout());
    RandomGenerator random = RandomGenerator.getDefault();
    for (int attempt = 1; ; attempt++) {
      failIfLockedOut(request);
      // the limiter grants only before the deadline, so the attempt always has time left
      Instant granted = acquirePermit(request, deadline);
      Duration attemptTimeout =
          min(settings.attemptTimeout(), Duration.between(granted, deadline));
      ApiException failure;
      @Nullable Duration retryAfter = null;
      long started = System.nanoTime();
      try {
        HttpResponse<InputStream> response =
            http.send(build(request, attemptTimeout), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        log(request, status, attempt, maxAttempts, started);
        if (status >= 200 && status < 300) {
          try {
            return reader.read(response);
          } catch (IOException e) {
            failure = new ApiConnectionException(context(request, status, response, null), e);
          }
        } else {
          failure = errorFor(request, response);
          if (failure instanceof RateLimitException || !retry.retryableStatuses().contains(status)) {
            throw failure;
          }
          retryAfter = retryAfter(response.headers());
          if (retryAfter != null && retryAfter.compareTo(retry.maxRetryAfter()) > 0) {
            throw failure;
          }
        }
      } catch (HttpTimeoutException e) {
        log(request, 0, attempt, maxAttempts, started);
        failure = new ApiTimeoutException(context(request, 0, null, null),
            "attempt timed out after " + attemptTimeout, e);
      } catch (IOException e) {
        log(request, 0, attempt, maxAttempts, started);
        failure = new ApiConnectionException(context(request, 0, null, null), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException(context(request, 0, null, null), e);
      }
      if (attempt >= maxAttempts) {
        throw failure;
      }
      Duration wait = retryAfter != null ? retryAfter : retry.backoff(attempt, random);
      Instant wakeAt = clock.instant().plus(wait);
      if (wakeAt.isAfter(deadline)) {
        throw new ApiTimeoutException(failure.context(), "call deadline of "
            + settings.callTimeout() + " would pass before retry " + attempt + " ("
            + failure.getMessage() + ")", failure);
      }
      LOG.log(Level.INFO, "{0} {1} retry {2} of {3} in {4} ms after: {5}", request.method(),
          request.path(), attempt, maxAttempts - 1, wait.toMillis(), failure.getMessage());
      sleepUntil(request, wakeAt);
    }
  }

  private void failIfLockedOut(ApiRequest request) {
    Instant lockedUntil = limiter.lockedUntil();
    if (lockedUntil != null) {
      throw new RateLimitException(context(request, 0, null, null), lockedUntil);
    }
  }

  private Instant acquirePermit(ApiRequest request, Instant deadline) {
    Instant granted;
    try {
      granted = limiter.acquire(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(context(request, 0, null, null), e);
    }
    if (granted == null) {
      throw new ApiTimeoutException(context(request, 0, null, null), "call deadline of "
          + settings.callTimeout() + " reached: no rate-limit permit (" + limiter
          + ") comes before it", null);
    }
    return granted;
  }

  private void sleepUntil(ApiRequest request, Instant wakeAt) {
    try {
      settings.sleeper().sleepUntil(wakeAt, clock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(context(request, 0, null, null), e);
    }
  }

  private HttpRequest build(ApiRequest request, Duration timeout) {
    String query = UrlPaths.query(request.query());
    URI uri = URI.create(baseUrl + request.path() + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(timeout)
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

  private ApiException errorFor(ApiRequest request, HttpResponse<InputStream> response) {
    String body;
    try (InputStream in = response.body()) {
      body = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    } catch (IOException e) {
      body = null;
    }
    JsonNode json = ErrorBodies.parse(body);
    int status = response.statusCode();
    ErrorContext context = context(request, status, response, body, ErrorBodies.message(json));
    switch (status) {
      case 400: return new BadRequestException(context);
      case 401: return new AuthenticationException(context);
      case 403: return new PermissionDeniedException(context);
      case 404: return new NotFoundException(context);
      case 409: return new ConflictException(context);
      case 422: return new UnprocessableEntityException(context, ErrorBodies.fieldErrors(json));
      case 429: return rateLimited(context, response.headers());
      default:
        return status >= 500 && status < 600
            ? new ServerException(context)
            : new UnexpectedResponseException(context, "undocumented status", null);
    }
  }

  private RateLimitException rateLimited(ErrorContext context, HttpHeaders headers) {
    Duration retryAfter = retryAfter(headers);
    Duration lockout = profile.lockoutOn429();
    if (retryAfter == null || (lockout != null && lockout.compareTo(retryAfter) > 0)) {
      retryAfter = lockout;
    }
    Instant until = retryAfter == null ? null : clock.instant().plus(retryAfter);
    if (until != null) {
      limiter.lockUntil(until);
    }
    LOG.log(Level.WARNING, () -> context.method() + " " + context.path()
        + " rate limited (429); no request is sent until " + until);
    return new RateLimitException(context, until);
  }

  private @Nullable Duration retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException unparseable) {
        return null;
      }
    }
  }

  private ErrorContext context(ApiRequest request, int status,
      @Nullable HttpResponse<?> response, @Nullable String body) {
    return context(request, status, response, body, null);
  }

  private ErrorContext context(ApiRequest request, int status, @Nullable HttpResponse<?> response,
      @Nullable String body, @Nullable String serverMessage) {
    String requestId = null;
    if (response != null) {
      for (String header : REQUEST_ID_HEADERS) {
        requestId = response.headers().firstValue(header).orElse(null);
        if (requestId != null) {
          break;
        }
      }
    }
    return new ErrorContext(request.method(), request.path(), status, redactor.scrub(requestId),
        truncate(redactor.scrub(body)), redactor.scrub(serverMessage));
  }

  private static @Nullable String truncate(@Nullable String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    return body.length() <= BODY_LIMIT ? body : body.substring(0, BODY_LIMIT) + "...";
  }

  private void log(ApiRequest request, int status, int attempt, int maxAttempts, long started) {
    LOG.log(Level.DEBUG, () -> request.method() + " " + request.path() + " -> "
        + (status == 0 ? "no response" : status) + " (attempt " + attempt + "/" + maxAttempts
        + ", " + (System.nanoTime() - started) / 1_000_000 + " ms)");
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
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
