package io.github.hrsync.sync.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Verdict;
import java.io.IOException;

/** How a guard's verdict is written as JSON, the same in a plan file and in a run log. */
public final class VerdictJson {
  private VerdictJson() {}

  /**
   * Writes {@code "verdict": {allowed, approvable, refusal, breaches: [...]}}.
   *
   * @param json the generator, inside an object
   * @param verdict the verdict
   * @throws IOException when the generator fails
   */
  public static void write(JsonGenerator json, Verdict verdict) throws IOException {
    json.writeObjectFieldStart("verdict");
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
}
