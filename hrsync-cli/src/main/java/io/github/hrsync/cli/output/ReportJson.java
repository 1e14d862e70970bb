package io.github.hrsync.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.plan.TargetOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A run's report as JSON for a pipeline (format {@value #FORMAT}): the run id, whether it was a
 * dry run, and per target its status, message, fingerprint, whether an approval can pass it, and
 * how many operations were applied and failed. Counts, keys and messages only; no person's data.
 */
public final class ReportJson {
  /** The format's name; a change that a reader would misread gets a new one. */
  public static final String FORMAT = "hrsync.apply-report.v1";
  private static final JsonFactory JSON = new JsonFactory();

  private ReportJson() {}

  /**
   * @param report the report
   * @param dryRun whether nothing was sent
   * @param out where to write; not closed
   */
  public static void write(SyncReport report, boolean dryRun, Writer out) {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("runId", report.runId());
      json.writeBooleanField("dryRun", dryRun);
      json.writeArrayFieldStart("targets");
      for (TargetOutcome outcome : report.outcomes()) {
        json.writeStartObject();
        json.writeStringField("target", outcome.target().name());
        json.writeStringField("status", outcome.status().name());
        json.writeStringField("message", outcome.message());
        json.writeStringField("fingerprint", outcome.fingerprint());
        json.writeBooleanField("approvable", outcome.approvable());
        json.writeNumberField("applied", outcome.applied());
        json.writeNumberField("failed", outcome.failed());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
