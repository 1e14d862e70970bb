package io.github.hrsync.jobticket;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.ClientSettings;
import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.internal.http.ApiProfile;
import io.github.hrsync.core.internal.http.ApiRequest;
import io.github.hrsync.core.internal.http.BodySource;
import io.github.hrsync.core.internal.http.HttpTransport;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.core.internal.paging.LazyPageIterable;
import io.github.hrsync.core.internal.json.StreamingJsonInputStream;
import io.github.hrsync.core.internal.text.TextRules;
import io.github.hrsync.core.internal.http.UrlPaths;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The {@link JobTicketClient} on the shared transport. */
final class DefaultJobTicketClient implements JobTicketClient {
  private static final Duration LOCKOUT = Duration.ofMinutes(5);
  private static final int MAX_SYNC_ID_LENGTH = 255;
  private static final Pattern FILE_NAME =
      Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
  private static final ObjectWriter EMPLOYEE_WRITER = Json.mapper().writerFor(SyncEmployee.class);

  private final HttpTransport transport;
  private final String apiKeyId;
  private final String healthCheckPath;
  private final int prefetch;

  DefaultJobTicketClient(ClientSettings settings, String apiKeyId, Secret apiKeySecret,
      String healthCheckPath) {
    Secret authorization = Secret.of("Basic " + Base64.getEncoder().encodeToString(
        (apiKeyId + ":" + apiKeySecret.reveal()).getBytes(StandardCharsets.UTF_8)));
    this.transport = new HttpTransport(settings, new ApiProfile("jobticket", null,
        Map.of("Authorization", authorization), List.of(authorization, apiKeySecret),
        DEFAULT_REQUESTS_PER_MINUTE, "jobticket-" + apiKeyId, LOCKOUT, List.of("/employees",
            "/employees/{employeeId}", "/employees/{employeeId}/documents",
            "/employee-documents", "/employee-documents/{documentId}",
            "/employee-documents/{documentId}/download", "/hr-integrations",
            "/hr-integrations/{integrationId}", "/hr-integrations/{integrationId}/sync",
            healthCheckPath)));
    this.apiKeyId = apiKeyId;
    this.healthCheckPath = healthCheckPath;
    // every request counts against the tight per-key budget, so no page is read ahead by default
    this.prefetch = settings.pagePrefetch() == null ? 0 : settings.pagePrefetch();
  }

  @Override
  public PageIterable<Employee> listEmployees(ListOptions options) {
    return list(UrlPaths.path("employees"), options, Employee.class, Employee::id);
  }

  @Override
  public Employee getEmployee(long employeeId) {
    return get(UrlPaths.path("employees", id(employeeId, "employeeId")), Employee.class);
  }

  @Override
  public PageIterable<EmployeeDocument> listEmployeeDocuments(long employeeId,
      ListOptions options) {
    return list(UrlPaths.path("employees", id(employeeId, "employeeId"), "documents"), options,
        EmployeeDocument.class, EmployeeDocument::id);
  }

  @Override
  public PageIterable<EmployeeDocument> listDocuments(ListOptions options) {
    return list(UrlPaths.path("employee-documents"), options, EmployeeDocument.class,
        EmployeeDocument::id);
  }

  @Override
  public EmployeeDocument getDocument(long documentId) {
    return get(UrlPaths.path("employee-documents", id(documentId, "documentId")),
        EmployeeDocument.class);
  }

  @Override
  public DocumentDownload downloadDocument(long documentId) {
    String path = UrlPaths.path("employee-documents", id(documentId, "documentId"), "download");
    HttpTransport.Response<InputStream> response = transport.stream(
        ApiRequest.get(path, Map.of()).accepting("application/pdf, application/octet-stream, */*"));
    var headers = response.headers();
    String fileName = headers.firstValue("Content-Disposition")
        .map(FILE_NAME::matcher).filter(Matcher::find).map(m -> m.group(1)).orElse(null);
    OptionalLong length = headers.firstValueAsLong("Content-Length");
    return new DocumentDownload(documentId, headers.firstValue("Content-Type").orElse(null),
        fileName, length, response.body());
  }

  @Override
  public PageIterable<HrIntegration> listHrIntegrations(ListOptions options) {
    return list(UrlPaths.path("hr-integrations"), options, HrIntegration.class,
        HrIntegration::id);
  }

  @Override
  public HrIntegration getHrIntegration(long integrationId) {
    return get(UrlPaths.path("hr-integrations", id(integrationId, "integrationId")),
        HrIntegration.class);
  }

  @Override
  public SyncAccepted triggerSync(long integrationId, String syncId,
      Collection<SyncEmployee> employees) {
    String path = UrlPaths.path("hr-integrations", id(integrationId, "integrationId"), "sync");
    checkSyncId(syncId);
    checkRoster(employees);
    List<SyncEmployee> roster = List.copyOf(employees);
    BodySource body = BodySource.jsonStream(() -> new StreamingJsonInputStream(EMPLOYEE_WRITER,
        Map.of("syncId", syncId), "employees", roster.iterator()));
    transport.send(ApiRequest.withBody("POST", path, body, true));
    return new SyncAccepted(integrationId, syncId, roster.size(),
        transport.settings().clock().instant());
  }

  @Override
  public HealthStatus health() {
    try {
      HttpTransport.Response<byte[]> response =
          transport.bytes(ApiRequest.get(healthCheckPath, Map.of()).unauthenticated());
      String body = new String(response.body(), StandardCharsets.UTF_8);
      return new HealthStatus(response.statusCode(), body.isEmpty() ? null : body);
    } catch (ApiException e) {
      if (e.statusCode() >= 500) {
        return new HealthStatus(e.statusCode(), e.responseBody());
      }
      throw e;
    }
  }

  @Override
  public String redact(String text) {
    return transport.redact(text);
  }

  @Override
  public RateLimiter rateLimiter() {
    return transport.rateLimiter();
  }

  @Override
  public String baseUrl() {
    return transport.baseUrl();
  }

  @Override
  public String toString() {
    return "JobTicketClient[baseUrl=" + transport.baseUrl() + ", apiKeyId=" + apiKeyId
        + ", rateLimiter=" + transport.rateLimiter() + "]";
  }

  private <T> T get(String path, Class<T> type) {
    TypeFactory types = Json.mapper().getTypeFactory();
    Envelopes.Single<T> envelope = transport.json(ApiRequest.get(path, Map.of()),
        types.constructParametricType(Envelopes.Single.class, type));
    return envelope.data();
  }

  private <T> PageIterable<T> list(String path, ListOptions options, Class<T> type,
      Function<T, Long> key) {
    TypeFactory types = Json.mapper().getTypeFactory();
    JavaType envelopeType = types.constructParametricType(Envelopes.Listing.class, type);
    return new LazyPageIterable<T>(path, 1, number -> {
      Envelopes.Listing<T> envelope =
          transport.json(ApiRequest.get(path, options.query(number)), envelopeType);
      Envelopes.ListData<T> data = envelope.data();
      @Nullable Integer next = data.page() < data.totalPages() ? data.page() + 1 : null;
      return new Page<>(data.data(), data.page(), next, data.total());
    }, key, prefetch).handingOffThrough(transport::propagate);
  }

  private static String id(long id, String name) {
    if (id <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + id);
    }
    return Long.toString(id);
  }

  private static void checkSyncId(String syncId) {
    if (syncId == null || syncId.isBlank() || syncId.length() > MAX_SYNC_ID_LENGTH
        || syncId.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("syncId must be 1 to " + MAX_SYNC_ID_LENGTH
          + " printable characters, was '" + syncId + "'");
    }
  }

  private static void checkRoster(Collection<SyncEmployee> employees) {
    if (employees.isEmpty()) {
      throw new IllegalArgumentException("the roster must contain at least one employee: an "
          + "empty roster would offboard every employee");
    }
    List<String> hrIds = new java.util.ArrayList<>(employees.size());
    for (SyncEmployee employee : employees) {
      if (employee == null) {
        throw new IllegalArgumentException("employees[" + hrIds.size() + "] is null");
      }
      hrIds.add(employee.hrId());
    }
    int[] repeat = TextRules.firstFoldedRepeat(hrIds);
    if (repeat != null) {
      throw new IllegalArgumentException("employees[" + repeat[1] + "].hrId '"
          + hrIds.get(repeat[1]) + "' is the hrId of employees[" + repeat[0] + "] too (hrIds "
          + "compare ignoring case)");
    }
  }
}
