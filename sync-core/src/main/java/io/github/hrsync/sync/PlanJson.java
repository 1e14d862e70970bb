package io.github.hrsync.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hrsync.core.internal.Json;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.UserField;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes and reads plans as JSON; the fingerprint is the hash of the operations' JSON. */
final class PlanJson {
  static final String FORMAT = "hrsync.hrfeed-plan.v1";
  private static final ObjectMapper MAPPER = Json.mapper();

  private PlanJson() {}

  static String write(HrFeedPlan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("fingerprint", fingerprint(plan));
    root.put("currentUsers", plan.currentUsers());
    root.put("managedActiveUsers", plan.managedActiveUsers());
    root.put("rosterSize", plan.rosterSize());
    plan.warnings().forEach(root.putArray("warnings")::add);
    root.set("operations", operations(plan));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fingerprint(HrFeedPlan plan) {
    try {
      MessageDigest digest = Fingerprints.sha256();
      digest.update(MAPPER.writeValueAsBytes(operations(plan)));
      return Fingerprints.hex(digest).substring(0, Fingerprints.SHORT);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HrFeedPlan read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a plan: the text is not JSON", e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("not a plan: format must be " + FORMAT);
    }
    List<PlannedOperation> operations = new ArrayList<>();
    JsonNode ops = root.path("operations");
    for (int i = 0; i < ops.size(); i++) {
      operations.add(operation(ops.get(i), "operations[" + i + "]"));
    }
    List<String> warnings = new ArrayList<>();
    root.path("warnings").forEach(w -> warnings.add(w.asText()));
    HrFeedPlan plan = new HrFeedPlan(operations, root.path("currentUsers").asInt(),
        root.path("managedActiveUsers").asInt(), root.path("rosterSize").asInt(), warnings);
    String stored = root.path("fingerprint").asText();
    if (!plan.fingerprint().equals(stored)) {
      throw new IllegalArgumentException("the plan was edited: its operations hash to "
          + plan.fingerprint() + ", the file says " + stored);
    }
    return plan;
  }

  private static ArrayNode operations(HrFeedPlan plan) {
    ArrayNode array = MAPPER.createArrayNode();
    for (PlannedOperation op : plan.operations()) {
      ObjectNode node = array.addObject();
      node.put("kind", op.kind().name());
      node.put("userId", op.userId());
      node.put("externalId", op.externalId());
      node.put("email", op.email());
      node.put("name", op.name());
      ArrayNode changes = node.putArray("changes");
      for (FieldChange change : op.changes()) {
        ObjectNode item = changes.addObject();
        item.put("field", change.field().wireName());
        item.set("from", MAPPER.valueToTree(wire(change.from())));
        item.set("to", MAPPER.valueToTree(wire(change.to())));
      }
    }
    return array;
  }

  private static PlannedOperation operation(JsonNode node, String where) {
    OperationKind kind;
    try {
      kind = OperationKind.valueOf(node.path("kind").asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ".kind: unknown kind " + node.path("kind"), e);
    }
    List<FieldChange> changes = new ArrayList<>();
    JsonNode items = node.path("changes");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      UserField field = field(item.path("field").asText(), where + ".changes[" + i + "]");
      changes.add(new FieldChange(field, value(field, item.path("from")),
          value(field, item.path("to"))));
    }
    JsonNode userId = node.path("userId");
    return new PlannedOperation(kind, userId.isTextual() ? userId.asText() : null,
        node.path("externalId").asText(), node.path("email").asText(), node.path("name").asText(),
        changes);
  }

  private static UserField field(String wireName, String where) {
    for (UserField field : UserField.values()) {
      if (field.wireName().equals(wireName)) {
        return field;
      }
    }
    throw new IllegalArgumentException(where + ".field: unknown field '" + wireName + "'");
  }

  private static @Nullable Object value(UserField field, JsonNode node) {
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    return switch (field) {
      case IS_ACTIVE -> node.asBoolean();
      case UNIT -> new Unit(text(node.path("id")), text(node.path("externalId")));
      case CUSTOM_FIELDS -> CustomFields.fromWire(MAPPER.convertValue(node, List.class));
      default -> node.asText();
    };
  }

  private static @Nullable Object wire(@Nullable Object value) {
    return value instanceof CustomFields custom ? custom.toWire() : value;
  }

  private static @Nullable String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }
}
