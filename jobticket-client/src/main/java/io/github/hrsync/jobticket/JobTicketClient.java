package io.github.hrsync.jobticket;

import io.github.hrsync.core.ClientBuilder;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.internal.http.UrlPaths;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Client of the JobTicket B2B API. Build one per API key with {@link #builder()}; it is immutable
 * and thread-safe, and every call on it shares one rate limiter.
 *
 * <p>Rate limit: JobTicket allows 100 requests per rolling minute per key and locks the key out
 * for 5 minutes after a {@code 429}. The default limiter lets at most 90 requests start in any
 * 60 seconds, so the lock-out does not happen; if a 429 arrives anyway (another process using the
 * same key), every later call fails fast with {@link
 * io.github.hrsync.core.error.RateLimitException}
 * until the lock-out ends, instead of extending it.
 *
 * <p>Errors are {@link io.github.hrsync.core.error.ApiException} subclasses, one per status.
 *
 * <pre>{@code
 * JobTicketClient client = JobTicketClient.builder()
 *     .environment(JobTicketEnvironment.STAGING)
 *     .credentials(System.getenv("JOBTICKET_KEY_ID"),
 *         Secret.fromEnv("JOBTICKET_KEY_SECRET"))
 *     .build();
 * client.listEmployees().stream().forEach(e -> System.out.println(e.email()));
 * }</pre>
 */
public interface JobTicketClient {

  /** The default rolling-minute budget, below JobTicket's 100 to leave room for clock skew. */
  int DEFAULT_REQUESTS_PER_MINUTE = 90;

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Lists all employees, 100 per page, lazily.
   *
   * @return the employees
   */
  default PageIterable<Employee> listEmployees() {
    return listEmployees(ListOptions.defaults());
  }

  /**
   * Lists employees with page size, sorting and filters, lazily.
   *
   * @param options page size, sorting and filters
   * @return the employees
   */
  PageIterable<Employee> listEmployees(ListOptions options);

  /**
   * Gets one employee.
   *
   * @param employeeId the employee id (positive)
   * @return the employee
   * @throws io.github.hrsync.core.error.NotFoundException when there is no such employee
   */
  Employee getEmployee(long employeeId);

  /**
   * Lists the documents of one employee, lazily.
   *
   * @param employeeId the employee id (positive)
   * @param options page size and sorting
   * @return the documents
   */
  PageIterable<EmployeeDocument> listEmployeeDocuments(long employeeId, ListOptions options);

  /**
   * Lists the documents of all employees, lazily.
   *
   * @param options page size, sorting and filters
   * @return the documents
   */
  PageIterable<EmployeeDocument> listDocuments(ListOptions options);

  /**
   * Gets a document's metadata (not the file).
   *
   * @param documentId the document id (positive)
   * @return the metadata
   */
  EmployeeDocument getDocument(long documentId);

  /**
   * Downloads a document's file as a stream. The path is not published; the client uses
   * {@code GET /employee-documents/{id}/download}. A document whose {@code downloadable} is false
   * makes the server answer with an error status.
   *
   * @param documentId the document id (positive)
   * @return the open download; close it
   */
  DocumentDownload downloadDocument(long documentId);

  /**
   * Downloads a document's file, refusing before any request when its metadata says it is not
   * downloadable.
   *
   * @param document the document's metadata
   * @return the open download; close it
   * @throws IllegalArgumentException when {@code document.downloadable()} is false
   */
  default DocumentDownload downloadDocument(EmployeeDocument document) {
    if (!document.downloadable()) {
      throw new IllegalArgumentException("document " + document.id() + " ('"
          + document.documentName() + "') is not downloadable");
    }
    return downloadDocument(document.id());
  }

  /**
   * Lists the company's HR integrations, lazily.
   *
   * @param options page size and sorting
   * @return the integrations
   */
  PageIterable<HrIntegration> listHrIntegrations(ListOptions options);

  /**
   * Gets one HR integration, including its sync status.
   *
   * @param integrationId the integration id (positive)
   * @return the integration
   */
  HrIntegration getHrIntegration(long integrationId);

  /**
   * Sends the complete roster to an HR integration: a <b>full-roster replace</b>. JobTicket adds
   * new employees, updates changed ones and <b>offboards every employee missing from
   * {@code employees}</b>. The body is streamed, never built as one string. The request is
   * retried on connection errors and 502/503/504 because JobTicket deduplicates by
   * {@code syncId}; use the same {@code syncId} when you send the same roster again.
   *
   * <p>This method sends what it is given. To be protected against offboarding by mistake (an
   * empty or truncated export), use the guarded roster sync of the {@code sync-core} module.
   *
   * @param integrationId the HR integration id (positive)
   * @param syncId a unique id for this sync run (1 to 255 printable characters)
   * @param employees the whole roster: at least one employee, no duplicate {@code hrId}
   * @return the acceptance; the sync continues in the background
   * @throws IllegalArgumentException before any request, for an empty roster, a blank or
   *     overlong sync id, or a duplicate {@code hrId}
   */
  SyncAccepted triggerSync(long integrationId, String syncId,
      Collection<SyncEmployee> employees);

  /**
   * Calls the unauthenticated health check (path not published; {@code /health} unless set with
   * {@link Builder#healthCheckPath(String)}). A server error status is returned, not thrown.
   *
   * @return the health status
   */
  HealthStatus health();

  /**
   * Text built from what this client's server sent (a listed record's id, name or e-mail) made
   * safe to show in a message, a log record or a plan: every form of this client's credentials
   * (raw, Base64, hex, escaped, parts of a token) replaced by {@code [redacted]}. The client's own
   * exceptions and log records already pass through it.
   *
   * @param text any text
   * @return the text redacted
   */
  String redact(String text);

  /**
   * @return the canonical base URL every request goes to, part of JobTicket's identity (with the
   *     integration id) in fingerprints, approvals and run records: scheme and host in lower case,
   *     no default port, no trailing slash, the path normalised
   */
  String baseUrl();

  /** @return the limiter all calls of this client go through */
  RateLimiter rateLimiter();

  /** Builds a {@link JobTicketClient}. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private @Nullable String apiKeyId;
    private @Nullable Secret apiKeySecret;
    private String healthCheckPath = "/health";

    Builder() {
      baseUrl(JobTicketEnvironment.PRODUCTION.baseUrl());
    }

    /**
     * Sets the API key (Developer Portal: API Key ID and API Key Secret).
     *
     * @param apiKeyId the key id, the Basic-auth user name
     * @param apiKeySecret the key secret
     * @return this builder
     */
    public Builder credentials(@Nullable String apiKeyId, Secret apiKeySecret) {
      if (apiKeyId == null) {
        throw new IllegalArgumentException("credentials(apiKeyId, apiKeySecret): the API key id "
            + "is missing (null); when it comes from System.getenv, that variable is not set");
      }
      if (apiKeyId.isBlank() || apiKeyId.contains(":")) {
        throw new IllegalArgumentException("apiKeyId must be non-blank and contain no ':'");
      }
      if (apiKeyId.chars().anyMatch(Character::isISOControl)) {
        // a trailing CR or LF, pasted from a file, would name a budget nobody can read
        throw new IllegalArgumentException("apiKeyId must contain no control character (CR, LF, "
            + "tab, ...): check for a line break copied with it");
      }
      Objects.requireNonNull(apiKeySecret, "apiKeySecret");
      if (apiKeySecret.reveal().chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("apiKeySecret must contain no control character (CR, "
            + "LF, tab, ...); it is not repeated here");
      }
      this.apiKeyId = apiKeyId;
      this.apiKeySecret = apiKeySecret;
      return this;
    }

    /**
     * Uses an environment's base URL (the default is production).
     *
     * @param environment production or staging
     * @return this builder
     */
    public Builder environment(JobTicketEnvironment environment) {
      return baseUrl(environment.baseUrl());
    }

    /**
     * Sets the path of the health check, below the base URL.
     *
     * @param path a path starting with {@code /}, of letters, digits and {@code -._~!$&'()*+,;=:@}
     *     between slashes, with no empty, {@code .} or {@code ..} segment, at most 256 characters
     * @return this builder
     * @throws IllegalArgumentException when the path breaks one of these rules
     */
    public Builder healthCheckPath(String path) {
      UrlPaths.fixedPath(path, "healthCheckPath");
      this.healthCheckPath = path;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return an immutable, thread-safe client
     * @throws IllegalArgumentException when no credentials were set
     */
    public JobTicketClient build() {
      if (apiKeyId == null || apiKeySecret == null) {
        throw new IllegalArgumentException("JobTicket credentials are not set: call "
            + "JobTicketClient.builder().credentials(apiKeyId, Secret.fromEnv(\"NAME\"))");
      }
      var settings = settings();
      return new DefaultJobTicketClient(settings, apiKeyId, apiKeySecret, healthCheckPath);
    }
  }
}
