package io.github.hrsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JobTicket side of the sandbox: employees of one company with one HR integration, documents,
 * the roster-replace sync (offboarding whoever is missing, deduplicated by {@code syncId}),
 * Basic auth, the double-nested list envelope with 1-indexed pages, and the documented limit of
 * 100 requests per rolling minute with a 5-minute lock-out. Thread-safe.
 */
public final class JobTicketSandbox {
  /** The base path the sandbox serves JobTicket under. */
  public static final String BASE_PATH = "/jobticket";
  /** The id of the sandbox's one HR integration. */
  public static final long INTEGRATION_ID = 7;
  /** Requests allowed per rolling minute per credential. */
  public static final int REQUESTS_PER_MINUTE = 100;
  /** The lock-out after the limit is passed. */
  public static final Duration LOCKOUT = Duration.ofMinutes(5);

  private final String authorization;
  private final Clock clock;
  private final Map<Long, ObjectNode> employees = new LinkedHashMap<>();
  private final Map<Long, ObjectNode> documents = new LinkedHashMap<>();
  private final Set<String> syncIds = new HashSet<>();
  private final ArrayDeque<Instant> requests = new ArrayDeque<>();
  private Instant lockedUntil = Instant.MIN;
  private @Nullable String lastSyncId;
  private long nextEmployeeId = 1;
  private String baseUrl = "";

  private final SandboxReadings readings;

  JobTicketSandbox(String keyId, String keySecret, Clock clock, SandboxReadings readings) {
    this.readings = readings;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
  }

  void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * @return a copy of every employee as the API returns them, as JSON-like maps (text, numbers,
   *     booleans, null, lists and maps)
   */
  public synchronized List<Map<String, Object>> employees() {
    return employees.values().stream().map(Exchange::plain).toList();
  }

  /**
   * Replaces the employees by those of a snapshot (ids kept; links rebased on this URL), and the
   * {@code syncId}s received by those it names, if it names any.
   */
  synchronized void load(JsonNode snapshot, JsonNode received) {
    employees.clear();
    syncIds.clear();
    received.forEach(syncId -> syncIds.add(syncId.asText()));
    int index = 0;
    for (JsonNode record : snapshot) {
      index++;
      ObjectNode employee = record.deepCopy();
      if (!employee.path("id").canConvertToLong()) {
        throw new IllegalArgumentException("the snapshot's JobTicket employee " + index
            + " has no numeric id");
      }
      long id = employee.get("id").asLong();
      ObjectNode links = employee.putObject("_links");
      link(links, "self", "/employees/" + id);
      link(links, "employeeDocuments", "/employees/" + id + "/documents");
      employees.put(id, employee);
      nextEmployeeId = Math.max(nextEmployeeId, id + 1);
    }
  }

  /** @return what a state file keeps: every employee, and every {@code syncId} received */
  synchronized ObjectNode state() {
    ObjectNode state = Exchange.JSON.createObjectNode();
    employees.values().forEach(state.putArray("employees")::add);
    syncIds.stream().sorted().forEach(state.putArray("syncIds")::add);
    return state;
  }

  /**
   * Stores an employee linked only to another HR integration (to seed the undocumented case of
   * a roster row with the same e-mail; see {@link SandboxReadings#emailMatchAcrossIntegrations}).
   *
   * @param firstName first name
   * @param lastName last name
   * @param email e-mail
   * @return the employee id
   */
  public synchronized long seedOtherIntegration(String firstName, String lastName,
      String email) {
    long id = nextEmployeeId++;
    ObjectNode employee = employee(id, "other-" + id, firstName, lastName, email, null, null);
    ((ObjectNode) employee.path("hrIntergartionLinks").path(0)).put("hrIntegrationId",
        INTEGRATION_ID + 1);
    employees.put(id, employee);
    return id;
  }

  /**
   * @return a copy of the employees whose subscription is not cancelled: those a roster replace
   *     has not offboarded
   */
  public synchronized List<Map<String, Object>> activeEmployees() {
    return employees.values().stream().filter(e -> !isOffboarded(e)).map(Exchange::plain)
        .toList();
  }

  /** @return every {@code syncId} received, deduplicated ones included once */
  public synchronized Set<String> syncIds() {
    return Set.copyOf(syncIds);
  }

  /**
   * Stores an employee linked to the integration (to seed a scenario), with a downloadable
   * invoice.
   *
   * @param hrId the HR id of the link
   * @param firstName first name
   * @param lastName last name
   * @param email e-mail
   * @param dateOfBirth date of birth, if known
   * @return the employee id
   */
  public synchronized long seed(String hrId, String firstName, String lastName, String email,
      @Nullable LocalDate dateOfBirth) {
    long id = nextEmployeeId++;
    employees.put(id, employee(id, hrId, firstName, lastName, email,
        dateOfBirth == null ? null : dateOfBirth.toString(), null));
    long documentId = 100 + id;
    ObjectNode document = Exchange.JSON.createObjectNode().put("id", documentId)
        .put("employeeId", id).put("documentName", "May 2024 Transit Invoice")
        .put("documentFileType", "pdf").put("downloadable", id % 2 == 1)
        .put("createdAt", "2024-05-01T09:00:00Z").put("updatedAt", "2024-05-01T09:00:00Z")
        .put("resource", "employee-document");
    ObjectNode links = document.putObject("_links");
    link(links, "self", "/employee-documents/" + documentId);
    link(links, "employee", "/employees/" + id);
    documents.put(documentId, document);
    return id;
  }

  synchronized void handle(Exchange exchange) throws IOException {
    List<String> path = exchange.segments();
    if (path.equals(List.of("health")) && exchange.method().equals("GET")) {
      exchange.json(200, Map.of("status", "ok"));
      return;
    }
    if (!isAuthorized(exchange.header("Authorization"))) {
      // RFC 9110 11.6.1: a 401 names the scheme the client must use
      exchange.header("WWW-Authenticate", "Basic realm=\"JobTicket\"");
      exchange.json(401, Map.of("message", "Unauthorized: missing or invalid credentials"));
      return;
    }
    if (rateLimited(exchange)) {
      return;
    }
    String route = exchange.method() + " " + String.join("/", path.stream()
        .map(s -> s.matches("[0-9]+") ? "{id}" : s).toList());
    Long id = path.size() > 1 ? parseId(path.get(1)) : null;
    switch (route) {
      case "GET employees" -> list(exchange, new ArrayList<>(employees.values()));
      case "GET employees/{id}" -> single(exchange, employees.get(id));
      case "GET employees/{id}/documents" -> {
        if (employees.containsKey(id)) {
          list(exchange, documents.values().stream()
              .filter(d -> java.util.Objects.equals(d.get("employeeId").asLong(), id)).toList());
        } else {
          notFound(exchange, "employee");
        }
      }
      case "GET employee-documents" -> list(exchange, new ArrayList<>(documents.values()));
      case "GET employee-documents/{id}" -> single(exchange, documents.get(id));
      case "GET employee-documents/{id}/download" -> download(exchange, documents.get(id));
      case "GET hr-integrations" -> list(exchange, List.of(integration()));
      case "GET hr-integrations/{id}" ->
          single(exchange, id != null && id == INTEGRATION_ID ? integration() : null);
      case "POST hr-integrations/{id}/sync" -> {
        if (id != null && id == INTEGRATION_ID) {
          sync(exchange);
        } else {
          notFound(exchange, "HR integration");
        }
      }
      default -> notFound(exchange, "resource");
    }
  }

  private boolean rateLimited(Exchange exchange) throws IOException {
    Instant now = clock.instant();
    if (now.isBefore(lockedUntil)) {
      tooMany(exchange, Duration.between(now, lockedUntil));
      return true;
    }
    while (!requests.isEmpty() && !requests.peekFirst().plus(Duration.ofMinutes(1)).isAfter(now)) {
      requests.removeFirst();
    }
    if (requests.size() >= REQUESTS_PER_MINUTE) {
      lockedUntil = now.plus(LOCKOUT);
      tooMany(exchange, LOCKOUT);
      return true;
    }
    requests.addLast(now);
    return false;
  }

  private static void tooMany(Exchange exchange, Duration wait) throws IOException {
    exchange.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
    exchange.json(429, Map.of("message", "Too Many Requests: credential locked"));
  }

  private void list(Exchange exchange, List<ObjectNode> items) throws IOException {
    Integer page = exchange.intQuery("page", 1);
    Integer perPage = exchange.intQuery("perPage", 10);
    List<Map<String, String>> errors = new ArrayList<>();
    if (page == null || page < 1) {
      errors.add(Map.of("field", "page", "message", "must be a number from 1"));
    }
    if (perPage == null || perPage < 1 || perPage > 100) {
      errors.add(Map.of("field", "perPage", "message", "must be a number from 1 to 100"));
    }
    if (page == null || perPage == null || !errors.isEmpty()) {
      exchange.json(422, Map.of("message", "Invalid query", "errors", errors));
      return;
    }
    int from = (int) Math.min((long) (page - 1) * perPage, items.size());
    int to = Math.min(from + perPage, items.size());
    ObjectNode body = Exchange.JSON.createObjectNode();
    ObjectNode data = body.putObject("data");
    ArrayNode array = data.putArray("data");
    items.subList(from, to).forEach(array::add);
    data.put("page", page).put("perPage", perPage)
        .put("totalPages", (items.size() + perPage - 1) / perPage).put("total", items.size());
    exchange.json(200, body);
  }

  private static void single(Exchange exchange, @Nullable ObjectNode item) throws IOException {
    if (item == null) {
      notFound(exchange, "resource");
    } else {
      exchange.json(200, Map.of("data", item));
    }
  }

  private static void download(Exchange exchange, @Nullable ObjectNode document)
      throws IOException {
    if (document == null) {
      notFound(exchange, "document");
    } else if (!document.get("downloadable").asBoolean()) {
      exchange.json(409, Map.of("message", "Document is not downloadable"));
    } else {
      exchange.header("Content-Disposition",
          "attachment; filename=\"invoice-" + document.get("id").asText() + ".pdf\"");
      exchange.send(200, ("%PDF-1.4\n% hrsync sandbox invoice " + document.get("id").asText()
          + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII), "application/pdf");
    }
  }

  private void sync(Exchange exchange) throws IOException {
    JsonNode body = exchange.body();
    List<Map<String, String>> errors = new ArrayList<>();
    if (body == null || !body.path("syncId").isTextual() || body.get("syncId").asText().isBlank()) {
      errors.add(Map.of("field", "syncId", "message", "is required"));
    }
    JsonNode roster = body == null ? null : body.get("employees");
    if (roster == null || !roster.isArray() || roster.isEmpty()) {
      errors.add(Map.of("field", "employees", "message", "must contain at least one employee"));
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < roster.size(); i++) {
        String hrId = roster.get(i).path("hrId").asText("");
        if (hrId.isBlank()) {
          errors.add(Map.of("field", "employees[" + i + "].hrId", "message", "is required"));
        } else if (!seen.add(hrId)) {
          errors.add(Map.of("field", "employees[" + i + "].hrId", "message", "is duplicated"));
        }
        if (readings.syncRequiresNames()) {
          for (String name : List.of("firstName", "lastName")) {
            if (roster.get(i).path(name).asText("").isBlank()) {
              errors.add(Map.of("field", "employees[" + i + "]." + name, "message",
                  "is required"));
            }
          }
        }
        if (!roster.get(i).path("email").asText("").contains("@")) {
          errors.add(Map.of("field", "employees[" + i + "].email", "message",
              "must be an e-mail address"));
        }
      }
    }
    if (body == null || roster == null || !errors.isEmpty()) {
      exchange.json(422, Map.of("message", "The roster is invalid", "errors", errors));
      return;
    }
    String syncId = body.get("syncId").asText();
    if (syncIds.add(syncId)) {
      replace(syncId, roster);
    }
    exchange.empty(204);
  }

  /**
   * The full-roster replace, as the API documents it: a roster row adds or updates its employee
   * (matched by {@code hrId}); a row whose {@code terminationDate} is on or before today (on the
   * sandbox's clock) offboards it; every employee the roster leaves out is offboarded. Offboarded
   * employees stay listed, their subscription {@code cancelled} with the date; a rehire brings
   * the same record back, reactivated.
   */
  private void replace(String syncId, JsonNode roster) {
    LocalDate today = LocalDate.now(clock);
    Map<String, ObjectNode> byHrId = new LinkedHashMap<>();
    Map<String, ObjectNode> otherByEmail = new LinkedHashMap<>();
    for (ObjectNode employee : employees.values()) {
      if (isLinked(employee)) {
        byHrId.put(key(hrIdOf(employee)), employee);
      } else {
        otherByEmail.put(employee.path("email").asText().toLowerCase(java.util.Locale.ROOT),
            employee);
      }
    }
    Set<Long> inRoster = new HashSet<>();
    for (JsonNode wanted : roster) {
      String hrId = wanted.get("hrId").asText();
      ObjectNode now = byHrId.get(key(hrId));
      if (now == null && readings.emailMatchAcrossIntegrations()) {
        now = otherByEmail.remove(wanted.path("email").asText().toLowerCase(java.util.Locale.ROOT));
      }
      long id = now == null ? nextEmployeeId++ : now.get("id").asLong();
      ObjectNode employee = employee(id, hrId, wanted.path("firstName").asText(null),
          wanted.path("lastName").asText(null), wanted.path("email").asText(null),
          wanted.path("dateOfBirth").asText(null), syncId);
      String termination = wanted.path("terminationDate").asText(null);
      if (termination != null && (!LocalDate.parse(termination).isAfter(today)
          || readings.futureTerminationOffboardsNow())) {
        offboard(employee, now != null && isOffboarded(now)
            ? now.path("subscription").path("cancelledAt").asText(today.toString())
            : today.toString());
      } else if (now != null && isOffboarded(now)) {
        ((ObjectNode) employee.get("subscription")).put("reactivatedAt", today.toString());
      }
      employees.put(id, employee);
      inRoster.add(id);
    }
    for (ObjectNode employee : employees.values()) {
      if (isLinked(employee) && !inRoster.contains(employee.get("id").asLong())
          && !isOffboarded(employee)) {
        offboard(employee, today.toString());
      }
    }
    lastSyncId = syncId;
  }

  /** An hrId as this sandbox matches it: exactly, or ignoring case under that reading. */
  private String key(String hrId) {
    return readings.hrIdCaseSensitive() ? hrId : hrId.toLowerCase(java.util.Locale.ROOT);
  }

  /** The Basic credentials, the scheme's name compared ignoring case (RFC 9110 11.1). */
  private boolean isAuthorized(@Nullable String header) {
    if (header == null) {
      return false;
    }
    String trimmed = header.strip();
    int space = trimmed.indexOf(' ');
    return space > 0 && trimmed.substring(0, space).equalsIgnoreCase("Basic")
        && ("Basic " + trimmed.substring(space + 1).strip()).equals(authorization);
  }

  private static boolean isLinked(ObjectNode employee) {
    return employee.path("hrIntergartionLinks").path(0).path("hrIntegrationId").asLong()
        == INTEGRATION_ID;
  }

  private static boolean isOffboarded(ObjectNode employee) {
    return "cancelled".equals(employee.path("subscription").path("status").asText());
  }

  private static void offboard(ObjectNode employee, String since) {
    ((ObjectNode) employee.get("subscription")).put("status", "cancelled")
        .put("cancelledAt", since);
  }

  private static String hrIdOf(ObjectNode employee) {
    return employee.path("hrIntergartionLinks").path(0).path("hrId").asText();
  }

  private ObjectNode employee(long id, String hrId, @Nullable String firstName,
      @Nullable String lastName, @Nullable String email, @Nullable String dateOfBirth,
      @Nullable String syncId) {
    ObjectNode employee = Exchange.JSON.createObjectNode().put("id", id)
        .put("firstName", firstName).put("lastName", lastName).put("email", email)
        .put("dateOfBirth", dateOfBirth).putNull("profileImage").put("resource", "employee");
    employee.putObject("subscription").put("status", "active").put("startAt", "2024-01-01")
        .put("nextTicketAt", "2024-06-01").putNull("pausedAt").putNull("cancelledAt")
        .putNull("reactivatedAt");
    employee.putObject("plan").put("type", "fully-subsidized-plan")
        .put("contractSigningStatus", "accepted").putNull("employeeContributionAmount");
    employee.putNull("ticket");
    ObjectNode link = employee.putArray("hrIntergartionLinks").addObject()
        .put("type", "hr-integration").put("hrId", hrId).put("hrIntegrationId", INTEGRATION_ID)
        .put("lastSyncId", syncId);
    link.put("lastSynced", syncId == null ? null : clock.instant().toString());
    ObjectNode links = employee.putObject("_links");
    link(links, "self", "/employees/" + id);
    link(links, "employeeDocuments", "/employees/" + id + "/documents");
    return employee;
  }

  private ObjectNode integration() {
    ObjectNode integration = Exchange.JSON.createObjectNode().put("id", INTEGRATION_ID)
        .put("name", "JobTicket+ API Integration")
        .put("status", lastSyncId == null ? "INITIAL_SYNC_PENDING" : "ACTIVE")
        .put("lastSyncId", lastSyncId).put("linkedEmployees", employees.size());
    link(integration.putObject("_links"), "self", "/hr-integrations/" + INTEGRATION_ID);
    return integration;
  }

  private void link(ObjectNode links, String rel, String path) {
    links.putObject(rel).put("href", baseUrl + path).put("type", "application/json");
  }

  private static @Nullable Long parseId(String segment) {
    return segment.matches("[0-9]{1,18}") ? Long.parseLong(segment) : null;
  }

  private static void notFound(Exchange exchange, String what) throws IOException {
    exchange.json(404, Map.of("message", "No such " + what));
  }
}
