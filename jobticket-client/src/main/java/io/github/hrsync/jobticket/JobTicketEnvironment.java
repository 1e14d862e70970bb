package io.github.hrsync.jobticket;

import java.net.URI;

/**
 * The JobTicket environments. Each has its own API keys. The documentation prints the base URLs
 * with {@code http://} in one table and {@code https://} everywhere else; the SDK always uses
 * {@code https}, since credentials travel in every request.
 */
public enum JobTicketEnvironment {
  /** Production, {@code https://v1-api.ticket-plus.app}. */
  PRODUCTION("https://v1-api.ticket-plus.app"),
  /** Staging, {@code https://v1-api-staging.ticket-plus.app}: develop and test here first. */
  STAGING("https://v1-api-staging.ticket-plus.app");

  private final URI baseUrl;

  JobTicketEnvironment(String baseUrl) {
    this.baseUrl = URI.create(baseUrl);
  }

  /** @return the environment's base URL */
  public URI baseUrl() {
    return baseUrl;
  }
}
