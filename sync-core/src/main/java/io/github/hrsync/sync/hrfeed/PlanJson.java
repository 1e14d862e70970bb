package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.core.internal.text.Sha256;
import io.github.hrsync.sync.internal.Fingerprints;
import static io.github.hrsync.sync.internal.StrictJson.exactFields;
import static io.github.hrsync.sync.internal.StrictJson.knownFields;
import static io.github.hrsync.sync.internal.StrictJson.textual;

import io.github.hrsync.sync.internal.VerdictJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.UserField;
import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads plans as JSON, streamed both ways, so a plan of a million operations never
 * exists as one string or tree. The fingerprint is the SHA-256 of the plan's compact JSON without
 * the fingerprint itself: format, target, options, counts, warnings and every operation with its
 * values. Reading refuses, at every depth, unknown, missing and repeated fields and values of the
 * wrong type; anything after the plan; and a fingerprint that does not match.
 */
final class PlanJson {
  static final String FORMAT = "hrsync.hrfeed-plan.v4";
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final List<String> FIELDS = List.of("format", "fingerprint", "baseUrl", "options",
      "currentUsers", "removableRecords", "rosterSize", "warnings", "verdict", "operations");
  private static final Set<String> OPERATION_FIELDS =
      Set.of("kind", "userId", "externalId", "email", "name", "changes");
  private static final Set<String> CHANGE_FIELDS = Set.of("field", "from", "to");
  private static final Set<String> UNIT_FIELDS = Set.of("id", "externalId");

  private PlanJson() {}

  static String fingerprint(HrFeedPlan plan) {
    MessageDigest digest = Sha256.newDigest();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(
        new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
      json.writeStartObject();
      writeContent(plan, json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Fingerprints.hex(digest).substring(0, Fingerprints.SHORT);
  }

  static void write(HrFeedPlan plan, Writer out) {
    String fingerprint = plan.fingerprint();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("fingerprint", fingerprint);
      writeContent(plan, json);
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeContent(HrFeedPlan plan, JsonGenerator json) throws IOException {
    json.writeStringField("format", FORMAT);
    json.writeStringField("baseUrl", plan.baseUrl());
    json.writeStringField("options", plan.options());
    json.writeNumberField("currentUsers", plan.currentUsers());
    json.writeNumberField("removableRecords", plan.removableRecords());
    json.writeNumberField("rosterSize", plan.rosterSize());
    json.writeArrayFieldStart("warnings");
    for (String warning : plan.warnings()) {
      json.writeString(warning);
    }
    json.writeEndArray();
    VerdictJson.write(json, plan.verdict());
    json.writeArrayFieldStart("operations");
    for (PlannedOperation op : plan.operations()) {
      json.writeStartObject();
      json.writeStringField("kind", op.kind().name());
      json.writeStringField("userId", op.userId());
      json.writeStringField("externalId", op.externalId());
      json.writeStringField("email", op.email());
      json.writeStringField("name", op.name());
      json.writeArrayFieldStart("changes");
      for (FieldChange change : op.changes()) {
        json.writeStartObject();
        json.writeStringField("field", change.field().wireName());
        json.writeFieldName("from");
        MAPPER.writeValue(json, wire(change.from()));
        json.writeFieldName("to");
        MAPPER.writeValue(json, wire(change.to()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static HrFeedPlan read(Reader in) {
    try (JsonParser json = MAPPER.getFactory().createParser(in)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidPlanException("not a plan: the text is not a JSON object");
      }
      Parts parts = new Parts();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        json.nextToken();
        parts.read(name, json);
      }
      if (json.nextToken() != null) {
        throw new InvalidPlanException("not a plan: there is more after the plan ("
            + json.currentToken() + " at line " + json.currentLocation().getLineNr() + ")");
      }
      return parts.plan();
    } catch (JsonParseException e) {
      // a repeated field, or text that is no JSON: say which and where, nothing of the values
      throw new InvalidPlanException("not a plan: the text is not JSON (" + e
          .getOriginalMessage().lines().findFirst().orElse("") + " at line "
          + e.getLocation().getLineNr() + ")", e);
    } catch (IOException e) {
      throw new InvalidPlanException("not a plan: the text is not JSON ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** The parts of a plan as they are read. */
  private static final class Parts {
    private final java.util.Map<String, Object> seen = new java.util.HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<PlannedOperation> operations = new ArrayList<>();

    void read(String name, JsonParser json) throws IOException {
      if (!FIELDS.contains(name)) {
        throw new InvalidPlanException("not a plan: unknown field '" + name + "'");
      }
      if (seen.containsKey(name)) {
        throw new InvalidPlanException("not a plan: field '" + name + "' appears twice");
      }
      switch (name) {
        case "warnings" -> {
          expect(json, JsonToken.START_ARRAY, name);
          while (json.nextToken() == JsonToken.VALUE_STRING) {
            warnings.add(json.getText());
          }
          expect(json, JsonToken.END_ARRAY, name);
          seen.put(name, warnings);
        }
        case "operations" -> {
          expect(json, JsonToken.START_ARRAY, name);
          while (json.nextToken() == JsonToken.START_OBJECT) {
            JsonNode op = MAPPER.readTree(json);
            operations.add(operation(op, "operations[" + operations.size() + "]"));
          }
          expect(json, JsonToken.END_ARRAY, name);
          seen.put(name, operations);
        }
        case "verdict" -> {
          expect(json, JsonToken.START_OBJECT, name);
          seen.put(name, VerdictJson.read(MAPPER.readTree(json), "verdict"));
        }
        case "currentUsers", "removableRecords", "rosterSize" -> {
          expect(json, JsonToken.VALUE_NUMBER_INT, name);
          seen.put(name, json.getIntValue());
        }
        default -> {
          expect(json, JsonToken.VALUE_STRING, name);
          seen.put(name, json.getText());
        }
      }
    }

    HrFeedPlan plan() {
      if (seen.containsKey("format") && !FORMAT.equals(seen.get("format"))) {
        throw new InvalidPlanException("not a plan: format must be " + FORMAT + ", was "
            + seen.get("format"));
      }
      for (String name : FIELDS) {
        if (!seen.containsKey(name)) {
          throw new InvalidPlanException("not a plan: field '" + name + "' is missing");
        }
      }
      HrFeedPlan plan = new HrFeedPlan(part("baseUrl", String.class),
          part("options", String.class), operations, part("currentUsers", Integer.class),
          part("removableRecords", Integer.class), part("rosterSize", Integer.class), warnings,
          part("verdict", Verdict.class));
      String stored = (String) seen.get("fingerprint");
      String content = plan.fingerprint();
      if (!content.equals(stored)) {
        throw new InvalidPlanException("the plan was edited: its content hashes to "
            + content + ", the file says " + stored + "; plan again");
      }
      return plan;
    }

    /** A part read above: every field was checked present. */
    private <T> T part(String name, Class<T> type) {
      return type.cast(Objects.requireNonNull(seen.get(name), name));
    }

    private static void expect(JsonParser json, @Nullable JsonToken wanted, String name)
        throws IOException {
      if (json.currentToken() != wanted) {
        throw new InvalidPlanException("not a plan: field '" + name + "' has the wrong type ("
            + json.currentToken() + ")");
      }
    }
  }

  private static PlannedOperation operation(JsonNode node, String where) {
    exactFields(node, OPERATION_FIELDS, where);
    OperationKind kind;
    try {
      kind = OperationKind.valueOf(textual(node, "kind", where));
    } catch (IllegalArgumentException e) {
      throw new InvalidPlanException(where + ".kind: unknown kind " + node.path("kind"), e);
    }
    JsonNode items = node.get("changes");
    if (!items.isArray()) {
      throw new InvalidPlanException(where + ".changes: must be an array");
    }
    List<FieldChange> changes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = where + ".changes[" + i + "]";
      JsonNode item = items.get(i);
      exactFields(item, CHANGE_FIELDS, at);
      UserField field = field(textual(item, "field", at), at);
      changes.add(new FieldChange(field, value(field, item.get("from"), at + ".from"),
          value(field, item.get("to"), at + ".to")));
    }
    JsonNode userId = node.get("userId");
    if (!userId.isNull() && !userId.isTextual()) {
      throw new InvalidPlanException(where + ".userId: must be text or null");
    }
    return new PlannedOperation(kind, userId.isTextual() ? userId.asText() : null,
        textual(node, "externalId", where), textual(node, "email", where),
        textual(node, "name", where), changes);
  }

  private static UserField field(String wireName, String where) {
    for (UserField field : UserField.values()) {
      if (field.wireName().equals(wireName)) {
        return field;
      }
    }
    throw new InvalidPlanException(where + ".field: unknown field '" + wireName + "'");
  }

  private static @Nullable Object value(UserField field, JsonNode node, String where) {
    if (node.isNull()) {
      return null;
    }
    boolean fits = switch (field) {
      case IS_ACTIVE -> node.isBoolean();
      case UNIT -> node.isObject();
      case CUSTOM_FIELDS -> node.isArray();
      default -> node.isTextual();
    };
    if (!fits) {
      throw new InvalidPlanException(where + ": the wrong type of value for "
          + field.wireName());
    }
    return switch (field) {
      case IS_ACTIVE -> node.asBoolean();
      case UNIT -> {
        knownFields(node, UNIT_FIELDS, where); // a unit names itself by one of the two
        yield new Unit(text(node.path("id")), text(node.path("externalId")));
      }
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
