package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.ratelimit.RateBudgetStore;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.AuthenticationException;
import io.github.hrsync.core.error.BadRequestException;
import io.github.hrsync.core.error.ConflictException;
import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.core.error.FieldError;
import io.github.hrsync.core.error.ApiConnectionException;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.core.error.ServerException;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.core.error.UnprocessableEntityException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns responses into typed {@link ApiException}s, and is the one place where text from a server
 * enters an exception or a log record: the body, the server's message, field errors, the request
 * id and the request's path (whose ids came from a server's listing) all pass through the
 * {@link Redactor} here, before any truncation, so no form of a secret survives.
 */
final class ResponseErrors {
  /** How much of a body an exception keeps. */
  static final int BODY_LIMIT = 2048;
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid");

  /**
   * A longer {@code Retry-After}, in seconds or as a date, is read as this: past any cap a caller
   * sets, no overflow, and no lock-out longer than a budget honours.
   */
  private static final Duration MAX_RETRY_AFTER = RateBudgetStore.MAX_LOCKOUT;

  private final Redactor redactor;
  private final Clock clock;
  private final @Nullable Duration lockoutOn429;
  private final URI baseUrl;
  private final Routes routes;

  ResponseErrors(Redactor redactor, Clock clock, @Nullable Duration lockoutOn429, URI baseUrl,
      Routes routes) {
    this.redactor = redactor;
    this.clock = clock;
    this.lockoutOn429 = lockoutOn429;
    this.baseUrl = baseUrl;
    this.routes = routes;
  }

  /**
   * The error of a call that got no response, naming the host and base URL it went to.
   *
   * @param request the request
   * @param cause the I/O failure
   * @return the error
   */
  ApiConnectionException unreachable(ApiRequest request, Throwable cause) {
    return new ApiConnectionException(noResponse(request), baseUrl, cause);
  }

  /**
   * @param headers a response's headers
   * @return the server's request id, redacted, if it sent one
   */
  @Nullable String requestId(HttpHeaders headers) {
    for (String header : REQUEST_ID_HEADERS) {
      String requestId = headers.firstValue(header).orElse(null);
      if (requestId != null) {
        return redactor.scrub(requestId);
      }
    }
    return null;
  }

  /** The context of a call that got no response. */
  ErrorContext noResponse(ApiRequest request) {
    return new ErrorContext(request.method(), path(request), 0, null, null, null);
  }

  /**
   * The request's path as every message, log record and exception shows it: an id in it came
   * from a server (a listed user's id) and may echo a credential, so it is redacted like any
   * server text.
   *
   * @param request the request
   * @return the path with every secret redacted
   */
  String path(ApiRequest request) {
    return String.valueOf(redactor.scrub(request.path()));
  }

  /** The context of a response, its body redacted and cut. */
  ErrorContext context(ApiRequest request, int status, HttpHeaders headers, byte[] body) {
    return context(request, status, headers, body, null);
  }

  private ErrorContext context(ApiRequest request, int status, HttpHeaders headers, byte[] body,
      @Nullable String serverMessage) {
    String text = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    return new ErrorContext(request.method(), path(request), status, requestId(headers),
        truncate(redactor.scrub(text)), redactor.scrub(serverMessage));
  }

  /**
   * The typed error for a non-2xx response.
   *
   * @param request the request
   * @param status the status
   * @param headers the response headers
   * @param body the start of the body
   * @return the error; a {@link RateLimitException} carries the end of the lock-out
   */
  ApiException forStatus(ApiRequest request, int status, HttpHeaders headers, byte[] body) {
    JsonNode json = ErrorBodies.parse(body.length == 0 ? null
        : new String(body, StandardCharsets.UTF_8));
    ErrorContext context = context(request, status, headers, body, ErrorBodies.message(json));
    switch (status) {
      case 400: return new BadRequestException(context);
      case 401: return new AuthenticationException(context);
      case 403: return new PermissionDeniedException(context);
      case 404: return routes.of(request.path()).contains("{")
          ? new NotFoundException(context)
          // a path of the API's own with no id in it: the base URL is most likely wrong
          : new NotFoundException(context, "Not Found: " + baseUrl + " has no "
              + routes.of(request.path()) + "; check the base URL");
      case 409: return new ConflictException(context);
      case 422: return new UnprocessableEntityException(context, fieldErrors(json));
      case 429: return new RateLimitException(context, lockoutEnd(headers));
      default:
        return status >= 500 && status < 600
            ? new ServerException(context)
            : new UnexpectedResponseException(context, "undocumented status", null);
    }
  }

  private List<FieldError> fieldErrors(@Nullable JsonNode json) {
    List<FieldError> scrubbed = new ArrayList<>();
    for (FieldError error : ErrorBodies.fieldErrors(json)) {
      scrubbed.add(new FieldError(String.valueOf(redactor.scrub(error.field())),
          String.valueOf(redactor.scrub(error.message()))));
    }
    return scrubbed;
  }

  /**
   * A text from a server, such as a JSON field name in a parse error, made safe to show.
   *
   * @param text the text
   * @return the text with every secret redacted
   */
  @Nullable String scrub(@Nullable String text) {
    return redactor.scrub(text);
  }

  private @Nullable Instant lockoutEnd(HttpHeaders headers) {
    Duration lockout = retryAfter(headers);
    if (lockout == null || (lockoutOn429 != null && lockoutOn429.compareTo(lockout) > 0)) {
      lockout = lockoutOn429;
    }
    return lockout == null ? null : clock.instant().plus(lockout);
  }

  /**
   * Reads {@code Retry-After} as seconds or an HTTP date.
   *
   * @param headers the response headers
   * @return the wait it asks for, or {@code null} when absent or unreadable
   */
  @Nullable Duration retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long seconds = Long.parseLong(value.trim());
      return Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_RETRY_AFTER.toSeconds())));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return wait.isNegative() ? Duration.ZERO
            : wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
      } catch (DateTimeParseException unparseable) {
        return null;
      }
    }
  }

  private static @Nullable String truncate(@Nullable String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    return body.length() <= BODY_LIMIT ? body : body.substring(0, BODY_LIMIT) + "...";
  }
}
