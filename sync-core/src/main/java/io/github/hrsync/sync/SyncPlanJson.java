package io.github.hrsync.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.PlannedOperation;
import io.github.hrsync.sync.internal.VerdictJson;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.plan.TargetPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;

/**
 * The plan of a sync as JSON for a pipeline to read (format {@value #FORMAT}): per target its
 * counts, fingerprint, verdict with every breach, and operations by key with the names of the
 * fields they set. Keys and field names only: no value a person's data could be in.
 */
final class SyncPlanJson {
  /** The format's name; a change that a reader would misread gets a new one. */
  static final String FORMAT = "hrsync.sync-plan.v1";

  private SyncPlanJson() {}

  static void write(SyncPlan plan, Writer out) {
    try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("planId", plan.planId());
      json.writeStringField("rosterDigest", plan.rosterDigest());
      json.writeNumberField("rosterRows", plan.rosterRows());
      json.writeArrayFieldStart("targets");
      for (SyncPlan.Part part : plan.parts()) {
        part(json, part);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void part(JsonGenerator json, SyncPlan.Part part) throws IOException {
    json.writeStartObject();
    json.writeStringField("target", part.target().name());
    json.writeNumberField("outOfScope", part.outOfScope());
    TargetPlan plan = part.plan();
    json.writeStringField("failure", part.failure());
    if (plan != null) {
      json.writeStringField("fingerprint", plan.fingerprint());
      json.writeNumberField("adds", plan.adds());
      json.writeNumberField("changes", plan.changes());
      json.writeNumberField("removals", plan.removals());
      json.writeNumberField("removableRecords", plan.removableRecords());
      json.writeBooleanField("guardAcrossRuns", part.acrossRuns() != null);
      VerdictJson.write(json, part.verdict());
      json.writeArrayFieldStart("operations");
      if (plan instanceof JobTicketPlan replace) {
        for (var operation : replace.operations("PLANNED", 0, null, 0, Duration.ZERO, null)) {
          operation(json, operation.kind(), operation.key(), operation.fields(),
              operation.removes());
        }
      } else if (plan instanceof HrFeedPlan changes) {
        for (PlannedOperation operation : changes.operations()) {
          operation(json, operation.kind().name(), operation.externalId(),
              operation.fieldNames(), operation.removes());
        }
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void operation(JsonGenerator json, String kind, String key,
      List<String> fields, boolean removes) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", kind);
    json.writeStringField("key", key);
    json.writeArrayFieldStart("fields");
    for (String field : fields) {
      json.writeString(field);
    }
    json.writeEndArray();
    json.writeBooleanField("removes", removes);
    json.writeEndObject();
  }
}
