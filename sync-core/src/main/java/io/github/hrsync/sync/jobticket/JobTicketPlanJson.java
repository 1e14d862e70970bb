package io.github.hrsync.sync.jobticket;

import static io.github.hrsync.sync.internal.StrictJson.exactFields;
import static io.github.hrsync.sync.internal.StrictJson.textOrNull;
import static io.github.hrsync.sync.internal.StrictJson.textual;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.jobticket.SyncEmployee;
import io.github.hrsync.sync.internal.VerdictJson;
import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes and reads a JobTicket plan as JSON (format {@value #FORMAT}), streamed both ways, so a
 * payload of a million employees never exists as one string or tree. Reading refuses unknown,
 * missing and repeated fields and values of the wrong type; a payload or fingerprint edited in the
 * file is caught where it matters, by {@link JobTicketSync#apply}, which recomputes both from the
 * payload and JobTicket as it is then.
 */
final class JobTicketPlanJson {
  static final String FORMAT = "hrsync.jobticket-plan.v1";
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Set<String> FIELDS = Set.of("format", "integrationId", "syncId",
      "fingerprint", "currentCount", "added", "updated", "offboarded", "payload", "verdict",
      "warnings", "removalDates");
  private static final Set<String> UPDATE_FIELDS = Set.of("hrId", "fields");
  private static final Set<String> OFFBOARDED_FIELDS =
      Set.of("employeeId", "hrId", "email", "reason");

  private JobTicketPlanJson() {}

  static void write(JobTicketPlan plan, Writer out) {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("integrationId", plan.integrationId());
      json.writeStringField("syncId", plan.syncId());
      json.writeStringField("fingerprint", plan.fingerprint());
      json.writeNumberField("currentCount", plan.currentCount());
      json.writeArrayFieldStart("added");
      for (String hrId : plan.added()) {
        json.writeString(hrId);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("updated");
      for (JobTicketPlan.Update update : plan.updated()) {
        json.writeStartObject();
        json.writeStringField("hrId", update.hrId());
        json.writeArrayFieldStart("fields");
        for (String field : update.fields()) {
          json.writeString(field);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("offboarded");
      for (JobTicketPlan.Offboarded gone : plan.offboarded()) {
        json.writeStartObject();
        json.writeNumberField("employeeId", gone.employeeId());
        json.writeStringField("hrId", gone.hrId());
        json.writeStringField("email", gone.email());
        json.writeStringField("reason", gone.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("payload");
      for (SyncEmployee employee : plan.payload()) {
        MAPPER.writeValue(json, employee);
      }
      json.writeEndArray();
      VerdictJson.write(json, plan.verdict());
      json.writeArrayFieldStart("warnings");
      for (String warning : plan.warnings()) {
        json.writeString(warning);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("removalDates");
      for (LocalDate date : plan.removalDates()) {
        json.writeString(date.toString());
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JobTicketPlan read(Reader in) {
    try (JsonParser json = MAPPER.getFactory().createParser(in)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidPlanException("not a JobTicket plan: the text is not a JSON object");
      }
      Map<String, Object> seen = new HashMap<>();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        if (!FIELDS.contains(name)) {
          throw new InvalidPlanException("not a JobTicket plan: unknown field '" + name + "'");
        }
        json.nextToken();
        seen.put(name, value(name, json));
      }
      if (json.nextToken() != null) {
        throw new InvalidPlanException("not a JobTicket plan: there is more after the plan");
      }
      for (String name : FIELDS) {
        if (!seen.containsKey(name)) {
          throw new InvalidPlanException("not a JobTicket plan: field '" + name
              + "' is missing");
        }
      }
      if (!FORMAT.equals(seen.get("format"))) {
        throw new InvalidPlanException("not a JobTicket plan: format must be " + FORMAT
            + ", was " + seen.get("format"));
      }
      return plan(seen);
    } catch (JsonProcessingException e) {
      throw new InvalidPlanException("not a JobTicket plan: " + e.getOriginalMessage().lines()
          .findFirst().orElse("") + " at line " + e.getLocation().getLineNr(), e);
    } catch (IOException e) {
      throw new InvalidPlanException("not a JobTicket plan: the text could not be read ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static JobTicketPlan plan(Map<String, Object> seen) {
    try {
      return new JobTicketPlan(get(seen, "integrationId", Long.class),
          get(seen, "syncId", String.class), get(seen, "fingerprint", String.class),
          get(seen, "currentCount", Long.class).intValue(), list(seen, "added"),
          list(seen, "updated"), list(seen, "offboarded"), list(seen, "payload"),
          get(seen, "verdict", Verdict.class), list(seen, "warnings"),
          list(seen, "removalDates"));
    } catch (NullPointerException e) {
      throw new InvalidPlanException("not a JobTicket plan: a list holds null", e);
    }
  }

  /** A field read above: every field was checked present. */
  private static <T> T get(Map<String, Object> seen, String name, Class<T> type) {
    return type.cast(Objects.requireNonNull(seen.get(name), name));
  }

  /** An array read above, of the element type {@link #item} made for it. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Map<String, Object> seen, String name) {
    return (List<T>) get(seen, name, List.class);
  }

  /** One top-level field's value, each array read element by element. */
  private static Object value(String name, JsonParser json) throws IOException {
    return switch (name) {
      case "integrationId", "currentCount" -> {
        expect(json, JsonToken.VALUE_NUMBER_INT, name);
        yield json.getLongValue();
      }
      case "verdict" -> {
        expect(json, JsonToken.START_OBJECT, name);
        yield VerdictJson.read(MAPPER.readTree(json), name);
      }
      case "added", "warnings", "removalDates", "updated", "offboarded", "payload" -> {
        expect(json, JsonToken.START_ARRAY, name);
        List<Object> items = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
          items.add(item(name, json, name + "[" + items.size() + "]"));
        }
        yield items;
      }
      default -> {
        expect(json, JsonToken.VALUE_STRING, name);
        yield json.getText();
      }
    };
  }

  private static Object item(String array, JsonParser json, String where) throws IOException {
    switch (array) {
      case "payload" -> {
        expect(json, JsonToken.START_OBJECT, where);
        try {
          return MAPPER.readValue(json, SyncEmployee.class);
        } catch (JsonProcessingException e) {
          Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
          throw new InvalidPlanException("not a JobTicket plan: " + where + " is not an "
              + "employee (" + cause.getClass().getSimpleName() + ")", e);
        }
      }
      case "updated" -> {
        JsonNode node = MAPPER.readTree(json);
        exactFields(node, UPDATE_FIELDS, where);
        List<String> fields = new ArrayList<>();
        for (JsonNode field : node.get("fields")) {
          if (!field.isTextual()) {
            throw new InvalidPlanException(where + ".fields: must be text");
          }
          fields.add(field.asText());
        }
        return new JobTicketPlan.Update(textual(node, "hrId", where), fields);
      }
      case "offboarded" -> {
        JsonNode node = MAPPER.readTree(json);
        exactFields(node, OFFBOARDED_FIELDS, where);
        if (!node.get("employeeId").canConvertToExactIntegral()) {
          throw new InvalidPlanException(where + ".employeeId: must be a whole number");
        }
        return new JobTicketPlan.Offboarded(node.get("employeeId").asLong(),
            textOrNull(node, "hrId", where), textOrNull(node, "email", where),
            textual(node, "reason", where));
      }
      case "removalDates" -> {
        expect(json, JsonToken.VALUE_STRING, where);
        try {
          return LocalDate.parse(json.getText());
        } catch (DateTimeParseException e) {
          throw new InvalidPlanException(where + ": not a date", e);
        }
      }
      default -> {
        expect(json, JsonToken.VALUE_STRING, where);
        return json.getText();
      }
    }
  }

  private static void expect(JsonParser json, JsonToken wanted, String where) {
    if (json.currentToken() != wanted) {
      throw new InvalidPlanException("not a JobTicket plan: " + where + " has the wrong type ("
          + json.currentToken() + ")");
    }
  }
}
