package io.github.hrsync.sync.internal;

import static io.github.hrsync.sync.internal.StrictJson.exactFields;
import static io.github.hrsync.sync.internal.StrictJson.textual;
import static io.github.hrsync.sync.internal.StrictJson.whole;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How a guard's verdict is written as JSON, the same in a plan file and in a run log. */
public final class VerdictJson {
  private static final Set<String> VERDICT_FIELDS =
      Set.of("allowed", "approvable", "refusal", "breaches");
  private static final Set<String> BREACH_FIELDS = Set.of("dimension", "count", "base", "limit");

  private VerdictJson() {}

  /**
   * Writes {@code "verdict": {allowed, approvable, refusal, breaches: [...]}}.
   *
   * @param json the generator, inside an object
   * @param verdict the verdict
   * @throws IOException when the generator fails
   */
  public static void write(JsonGenerator json, Verdict verdict) throws IOException {
    write(json, "verdict", verdict);
  }

  /**
   * Writes {@code "<field>": {allowed, approvable, refusal, breaches: [...]}}.
   *
   * @param json the generator, inside an object
   * @param field the field's name
   * @param verdict the verdict
   * @throws IOException when the generator fails
   */
  public static void write(JsonGenerator json, String field, Verdict verdict)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeBooleanField("allowed", verdict.allowed());
    json.writeBooleanField("approvable", verdict.approvable());
    json.writeStringField("refusal", verdict.refusal());
    json.writeArrayFieldStart("breaches");
    for (Breach breach : verdict.breaches()) {
      json.writeStartObject();
      json.writeStringField("dimension", breach.dimension().name());
      json.writeNumberField("count", breach.count());
      json.writeNumberField("base", breach.base());
      json.writeNumberField("limit", breach.limit());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * Reads a verdict {@link #write} wrote, refusing anything else.
   *
   * @param node the verdict's object
   * @param where where it is in the file
   * @return the verdict
   * @throws InvalidPlanException naming where, when it is not a verdict
   */
  public static Verdict read(JsonNode node, String where) {
    exactFields(node, VERDICT_FIELDS, where);
    JsonNode allowed = node.get("allowed");
    JsonNode approvable = node.get("approvable");
    JsonNode refusal = node.get("refusal");
    JsonNode breaches = node.get("breaches");
    if (!allowed.isBoolean() || !approvable.isBoolean()
        || !(refusal.isNull() || refusal.isTextual()) || !breaches.isArray()) {
      throw new InvalidPlanException(where + ": the wrong type of value");
    }
    List<Breach> read = new ArrayList<>();
    for (int i = 0; i < breaches.size(); i++) {
      String at = where + ".breaches[" + i + "]";
      JsonNode breach = breaches.get(i);
      exactFields(breach, BREACH_FIELDS, at);
      try {
        read.add(new Breach(Dimension.valueOf(textual(breach, "dimension", at)),
            whole(breach, "count", at), whole(breach, "base", at), whole(breach, "limit", at)));
      } catch (IllegalArgumentException e) {
        throw new InvalidPlanException(at + ": " + e.getMessage(), e);
      }
    }
    try {
      return new Verdict(allowed.asBoolean(), approvable.asBoolean(),
          refusal.isNull() ? null : refusal.asText(), read);
    } catch (IllegalArgumentException e) {
      throw new InvalidPlanException(where + ": " + e.getMessage(), e);
    }
  }
}
