package io.github.hrsync.jobticket;

import org.jspecify.annotations.Nullable;

/**
 * The answer of the (unauthenticated) health check.
 *
 * @param statusCode the HTTP status
 * @param body the response body as text, if any
 */
public record HealthStatus(int statusCode, @Nullable String body) {

  /** @return whether the API answered with a 2xx status */
  public boolean healthy() {
    return statusCode >= 200 && statusCode < 300;
  }
}
