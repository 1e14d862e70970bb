package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one API adds to the shared transport.
 *
 * @param apiName the product token of the client in the {@code User-Agent}
 * @param defaultBaseUrl the base URL when the caller sets none, if the API has one
 * @param authHeaders header name to secret value, sent on authenticated requests
 * @param redactions every secret to scrub from bodies kept in exceptions (header values and the
 *     raw credentials they are derived from)
 * @param requestsPerMinute the default limiter's budget, when the caller sets no limiter
 * @param rateBudget the budget's name in a shared {@link
 *     io.github.hrsync.core.ratelimit.RateBudgetStore}:
 *     what the server counts by, never a secret
 * @param lockoutOn429 the lock-out a 429 imposes when the server sends no longer
 *     {@code Retry-After}, or {@code null} when a 429 locks only for its {@code Retry-After}
 * @param routes the API's path templates, specific ones first ({@code /users/{id}}): what observers
 *     see of a call instead of its path
 */
public record ApiProfile(
    String apiName,
    @Nullable URI defaultBaseUrl,
    Map<String, Secret> authHeaders,
    List<Secret> redactions,
    int requestsPerMinute,
    String rateBudget,
    @Nullable Duration lockoutOn429,
    List<String> routes) {

  /**
   * Copies the collections.
   *
   * @param apiName the product token of the client in the {@code User-Agent}
   * @param defaultBaseUrl the base URL when the caller sets none, if the API has one
   * @param authHeaders header name to secret value, sent on authenticated requests
   * @param redactions every secret to scrub from bodies kept in exceptions (header values and the
   *     raw credentials they are derived from)
   * @param requestsPerMinute the default limiter's budget, when the caller sets no limiter
   * @param rateBudget the budget's name in a shared {@link
   *     io.github.hrsync.core.ratelimit.RateBudgetStore}: what the server counts by, never a secret
   * @param lockoutOn429 the lock-out a 429 imposes when the server sends no longer {@code
   *     Retry-After}, or {@code null} when a 429 locks only for its {@code Retry-After}
   * @param routes the API's path templates, specific ones first ({@code /users/{id}}): what
   *     observers see of a call instead of its path
   */
  public ApiProfile {
    routes = List.copyOf(routes);
    authHeaders = Map.copyOf(authHeaders);
    redactions = List.copyOf(redactions);
  }
}
