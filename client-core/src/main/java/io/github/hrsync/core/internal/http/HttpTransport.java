package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.internal.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.hrsync.core.ClientSettings;
import io.github.hrsync.core.internal.observe.Observers;
import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.error.UnexpectedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an API client sends with: JSON, bodiless, whole-body and streamed calls. The pieces, one
 * concern each: {@link CallRunner} (the retry loop under one call deadline, rate-limit permits),
 * {@link Attempt} (one exchange, its body bounded in time and size by {@link BoundedBody}),
 * {@link ResponseErrors} (typed errors; the one place server text is redacted),
 * {@link RequestFactory} and {@link HttpClients}. One instance per client; thread-safe.
 */
public final class HttpTransport {
  private final String baseUrl;
  private final ClientSettings settings;
  private final RateLimiter limiter;
  private final ResponseErrors errors;
  private final CallRunner calls;
  private final Observers<CallObserver> observers;

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
    this.settings = settings;
    this.limiter = limiter(settings, profile);
    Routes routes = new Routes(profile.routes());
    this.errors = new ResponseErrors(new Redactor(profile.redactions()), settings.clock(),
        profile.lockoutOn429(), URI.create(baseUrl), routes);
    RequestFactory requests = new RequestFactory(baseUrl,
        UserAgent.of(profile.apiName(), settings.applicationName()), profile);
    this.observers = Observers.of(settings.observers());
    this.calls = new CallRunner(HttpClients.of(settings), requests, settings, profile.apiName(),
        limiter, errors, routes, URI.create(baseUrl), observers);
  }

  private static RateLimiter limiter(ClientSettings settings, ApiProfile profile) {
    if (settings.rateLimiter() != null) {
      return settings.rateLimiter();
    }
    RateBudgetStore store = settings.rateBudgetStore() != null
        ? settings.rateBudgetStore() : RateBudgetStore.inMemory();
    return RateLimiter.shared(profile.requestsPerMinute(), Duration.ofMinutes(1), store,
        profile.rateBudget(), settings.clock(), settings.sleeper());
  }

  /** @return the canonical base URL ({@link BaseUrls#normalize}) */
  public String baseUrl() {
    return baseUrl;
  }

  /** @return the rate limiter every call goes through */
  public RateLimiter rateLimiter() {
    return limiter;
  }

  /**
   * Text that came from this transport's server made safe to show: every form of every
   * credential of the client replaced by {@code [redacted]}.
   *
   * @param text any text
   * @return the text redacted
   */
  public String redact(String text) {
    return String.valueOf(errors.scrub(text));
  }

  /**
   * Lets the observers wrap work handed to another thread (a page read ahead), so that a tracer
   * carries the caller's context there.
   *
   * @param task the work
   * @return the work to run in its place
   */
  public Runnable propagate(Runnable task) {
    return observers.propagate(task);
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
      String absent = e instanceof MismatchedInputException mismatch ? absence(mismatch) : null;
      throw unreadable(request, response, absent != null ? absent + where(e)
          : "response body is not the expected JSON (" + e.getClass().getSimpleName() + where(e)
              + ")");
    }
    if (value == null) {
      throw unreadable(request, response, "response body is JSON null");
    }
    return value;
  }

  private static final Pattern MISSING_PROPERTY =
      Pattern.compile("^Missing required creator property '(\\w+)'");

  /**
   * What is absent when Jackson refused the body for a required value that is missing or null
   * (the field's name comes from the SDK's model, never from the body), else {@code null}.
   */
  private static @Nullable String absence(MismatchedInputException failure) {
    String message = String.valueOf(failure.getOriginalMessage());
    Matcher missing = MISSING_PROPERTY.matcher(message);
    if (missing.find()) {
      return "required field '" + missing.group(1) + "' is missing";
    }
    return message.startsWith("Cannot map `null` into type") ? "a required field is null" : null;
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
   * Sends a request whose documented success is {@code 204} with no body. Any 2xx with an empty
   * body, or a JSON one (an API that returns the resource after all), is a success. A 2xx with
   * another body, such as an HTML page, is not this API's answer (a proxy, a captive portal, a
   * misrouted host): it is an {@link UnexpectedResponseException}, never read as done, since
   * whether the change was made is unknown. It is not retried.
   *
   * @param request the request
   * @return the success status code
   * @throws UnexpectedResponseException for a 2xx with a body that is not JSON
   */
  public int send(ApiRequest request) {
    Response<byte[]> response = bytes(request);
    String type = response.headers().firstValue("Content-Type").orElse("none");
    if (response.body().length > 0 && !JSON_TYPE.matcher(type).find()) {
      throw unreadable(request, response, "a " + response.statusCode() + " success with a "
          + errors.scrub(type.split(";")[0].strip()) + " body, where the API answers 204 with "
          + "none: not the API's answer (a proxy or portal in between?); whether the change was "
          + "made is unknown");
    }
    return response.statusCode();
  }

  /** {@code application/json} and {@code application/...+json}. */
  private static final Pattern JSON_TYPE =
      Pattern.compile("^\\s*application/([\\w.-]+\\+)?json\\s*(;|$)", Pattern.CASE_INSENSITIVE);

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
    return calls.execute(request, stream);
  }
}
