package io.github.hrsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The HR Feed side of the sandbox: a user store keyed by system id and by externalId, with the
 * documented endpoints, 0-indexed pages, 201/204 answers and {@code {"error": "..."}} bodies.
 * Where the documentation is silent it answers as a strict server would: 409 for a duplicate
 * externalId, 400 for unknown fields, {@code null} in a PATCH clears a field. Thread-safe.
 */
public final class HrFeedSandbox {
  /** The base path the sandbox serves the HR Feed under. */
  public static final String BASE_PATH = "/api/v2/hr-feed";

  private static final Set<String> STRING_FIELDS = Set.of("firstName", "lastName", "email",
      "middleName", "mobile", "gender", "countryCode", "cultureCode", "externalId");
  private static final Set<String> REQUIRED = Set.of("firstName", "lastName", "email");
  private static final Set<String> KNOWN_FIELDS = union(STRING_FIELDS,
      Set.of("isActive", "unit", "customFields"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private final String token;
  private final Map<String, ObjectNode> users = new LinkedHashMap<>();
  private int nextId = 1000;

  private final SandboxReadings readings;

  HrFeedSandbox(String token, SandboxReadings readings) {
    this.token = token;
    this.readings = readings;
  }

  /**
   * @return a copy of every stored user as the API returns them, as JSON-like maps (text,
   *     numbers, booleans, null, lists and maps)
   */
  public synchronized List<Map<String, Object>> users() {
    return users.values().stream().map(Exchange::plain).toList();
  }

  /** Replaces the users by those of a snapshot (ids kept). */
  synchronized void load(JsonNode snapshot) {
    users.clear();
    int index = 0;
    for (JsonNode record : snapshot) {
      index++;
      ObjectNode user = record.deepCopy();
      if (!user.path("id").isValueNode() || user.path("id").isNull()) {
        throw new IllegalArgumentException("the snapshot's HR Feed user " + index
            + " has no id");
      }
      String id = user.get("id").asText();
      users.put(id, user);
      if (id.matches("[0-9]{1,9}")) {
        nextId = Math.max(nextId, Integer.parseInt(id) + 1);
      }
    }
  }

  /** @return what a state file keeps: every user */
  synchronized ObjectNode state() {
    ObjectNode state = Exchange.JSON.createObjectNode();
    users.values().forEach(state.putArray("users")::add);
    return state;
  }

  /**
   * Stores a user directly (to seed a scenario).
   *
   * @param user the user's fields as the API names them, without id (values: text, numbers,
   *     booleans, null, lists and maps)
   * @return the assigned system id
   */
  public synchronized String seed(Map<String, ?> user) {
    return store(Exchange.JSON.valueToTree(user));
  }

  private String store(ObjectNode user) {
    String id = Integer.toString(nextId++);
    ObjectNode stored = Exchange.JSON.createObjectNode().put("id", id);
    stored.setAll(user);
    normalise(stored);
    users.put(id, stored);
    return id;
  }

  synchronized void handle(Exchange exchange) throws IOException {
    if (!token.equals(exchange.header("X-HR-Feed-Token"))) {
      error(exchange, 403, "Authentication failed or API not enabled");
      return;
    }
    List<String> path = exchange.segments();
    if (path.isEmpty() || !path.get(0).equals("users") || path.size() > 3) {
      error(exchange, 404, "Resource not found");
      return;
    }
    boolean byExternalId = path.size() == 3 && path.get(1).equals("external");
    if (path.size() == 3 && !byExternalId) {
      error(exchange, 404, "Resource not found");
      return;
    }
    if (path.size() == 1) {
      switch (exchange.method()) {
        case "GET" -> list(exchange);
        case "POST" -> create(exchange);
        default -> error(exchange, 405, "Method not allowed");
      }
      return;
    }
    ObjectNode user = byExternalId ? findByExternalId(path.get(2)) : users.get(path.get(1));
    if (user == null) {
      error(exchange, 404, "User not found");
      return;
    }
    switch (exchange.method()) {
      case "GET" -> exchange.json(200, user);
      case "PATCH" -> patch(exchange, user);
      case "DELETE" -> {
        users.remove(user.get("id").asText());
        exchange.empty(204);
      }
      default -> error(exchange, 405, "Method not allowed");
    }
  }

  private void list(Exchange exchange) throws IOException {
    Integer page = exchange.intQuery("page", 0);
    Integer limit = exchange.intQuery("limit", 50);
    if (page == null || page < 0) {
      error(exchange, 400, "page must be a number from 0");
      return;
    }
    if (limit == null || limit < 1 || limit > readings.hrFeedMaxPageSize()) {
      error(exchange, 400, "limit must be a number from 1 to " + readings.hrFeedMaxPageSize());
      return;
    }
    List<ObjectNode> all = new ArrayList<>(users.values());
    int from = (int) Math.min((long) page * limit, all.size());
    int to = Math.min(from + limit, all.size());
    boolean hasMore = to < all.size();
    ObjectNode body = Exchange.JSON.createObjectNode();
    ArrayNode items = body.putArray("items");
    all.subList(from, to).forEach(items::add);
    body.put("totalItems", all.size()).put("page", page).put("limit", limit)
        .put("hasMore", hasMore);
    if (hasMore) {
      body.put("nextPage", page + 1);
    } else {
      body.putNull("nextPage");
    }
    exchange.json(200, body);
  }

  private void create(Exchange exchange) throws IOException {
    JsonNode body = exchange.body();
    if (body == null || !body.isObject()) {
      error(exchange, 400, "Request body must be a JSON object");
      return;
    }
    for (String field : REQUIRED) {
      if (!body.path(field).isTextual() || body.path(field).asText().isBlank()) {
        error(exchange, 400, "Missing required field: " + field);
        return;
      }
    }
    String invalid = invalidField((ObjectNode) body, readings.hrFeedRejectsUnknownFields());
    if (invalid != null) {
      error(exchange, 400, invalid);
      return;
    }
    if (body.hasNonNull("externalId") && findByExternalId(body.get("externalId").asText()) != null) {
      error(exchange, 409, "A user with externalId " + body.get("externalId").asText()
          + " already exists");
      return;
    }
    ObjectNode user = (ObjectNode) body.deepCopy();
    if (!user.has("isActive")) {
      user.put("isActive", true);
    }
    String id = store(user);
    exchange.json(201, java.util.Objects.requireNonNull(users.get(id)));
  }

  private void patch(Exchange exchange, ObjectNode user) throws IOException {
    JsonNode body = exchange.body();
    if (body == null || !body.isObject() || body.isEmpty() && readings.hrFeedRejectsEmptyPatch()) {
      error(exchange, 400, "Request body must be a JSON object with the fields to update");
      return;
    }
    String invalid = invalidField((ObjectNode) body, readings.hrFeedRejectsUnknownFields());
    if (invalid != null) {
      error(exchange, 400, invalid);
      return;
    }
    for (String field : REQUIRED) {
      if (body.has(field) && (!body.get(field).isTextual() || body.get(field).asText().isBlank())) {
        error(exchange, 400, field + " cannot be empty");
        return;
      }
    }
    JsonNode externalId = body.get("externalId");
    if (externalId != null && externalId.isTextual()) {
      ObjectNode other = findByExternalId(externalId.asText());
      if (other != null && other != user) {
        error(exchange, 409, "A user with externalId " + externalId.asText() + " already exists");
        return;
      }
    }
    user.setAll((ObjectNode) body);
    normalise(user);
    exchange.empty(204);
  }

  /** Checks field names and types; returns what is wrong, or {@code null}. */
  private static @Nullable String invalidField(ObjectNode body, boolean rejectUnknown) {
    if (!rejectUnknown) {
      body.retain(KNOWN_FIELDS); // the reading that ignores what the API does not name
    }
    var names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      JsonNode value = body.get(name);
      Boolean typeOk = switch (name) {
        case "isActive" -> value.isBoolean();
        case "unit" -> value.isObject();
        case "customFields" -> value.isArray();
        default -> STRING_FIELDS.contains(name) ? value.isTextual() : null;
      };
      if (typeOk == null) {
        return "Unknown field: " + name;
      }
      if (value.isNull()) {
        continue;
      }
      if (!typeOk) {
        return "Invalid value for field: " + name;
      }
      if (name.equals("countryCode") && !value.asText().matches("[A-Z]{2}")) {
        return "Invalid countryCode: " + value.asText();
      }
      // invalid data is a 400 like any other field (one @, a dotted domain, no white space)
      if (name.equals("email") && !value.asText().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        return "Invalid email: " + value.asText();
      }
    }
    return null;
  }

  private static void normalise(ObjectNode user) {
    for (String field : List.of("externalId", "firstName", "lastName", "middleName", "email",
        "mobile", "gender", "countryCode", "cultureCode", "unit")) {
      if (!user.has(field)) {
        user.putNull(field);
      }
    }
    if (!user.hasNonNull("customFields")) {
      user.putArray("customFields");
    }
  }

  private @Nullable ObjectNode findByExternalId(String externalId) {
    return users.values().stream()
        .filter(u -> u.path("externalId").isTextual() && u.get("externalId").asText()
            .equals(externalId))
        .findFirst().orElse(null);
  }

  private static void error(Exchange exchange, int status, String message) throws IOException {
    exchange.json(status, Map.of("error", message));
  }
}
