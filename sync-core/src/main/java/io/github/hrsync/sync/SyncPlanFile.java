package io.github.hrsync.sync;

import static io.github.hrsync.sync.internal.StrictJson.exactFields;
import static io.github.hrsync.sync.internal.StrictJson.textOrNull;
import static io.github.hrsync.sync.internal.StrictJson.textual;
import static io.github.hrsync.sync.internal.StrictJson.whole;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.internal.VerdictJson;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import java.io.FilterReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A whole {@link SyncPlan} saved to apply later, as Terraform saves one: a ZIP archive whose
 * first entry, {@value #INDEX}, names the plan (format {@value #FORMAT}) and its parts, followed
 * by each planned target's plan in its own JSON form ({@code jobticket.json},
 * {@code hrfeed.json}), each streamed.
 */
final class SyncPlanFile {
  static final String FORMAT = "hrsync.saved-plan.v1";
  static final String INDEX = "plan.json";
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Set<String> INDEX_FIELDS =
      Set.of("format", "planId", "rosterDigest", "rosterRows", "parts");
  private static final Set<String> PART_FIELDS =
      Set.of("target", "outOfScope", "failure", "acrossRuns");

  private SyncPlanFile() {}

  static void save(SyncPlan plan, OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      // each part's writer may close what it writes to: the archive stays open for the next
      Writer text = new FilterWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
      zip.putNextEntry(new ZipEntry(INDEX));
      writeIndex(plan, text);
      text.flush();
      for (SyncPlan.Part part : plan.parts()) {
        TargetPlan target = part.plan();
        if (target == null) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(entry(part.target())));
        if (target instanceof JobTicketPlan replace) {
          replace.writeJson(text);
        } else {
          ((HrFeedPlan) target).writeJson(text);
        }
        text.flush();
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeIndex(SyncPlan plan, Writer out) throws IOException {
    JsonGenerator json = MAPPER.getFactory().createGenerator(out);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeStringField("planId", plan.planId());
    json.writeStringField("rosterDigest", plan.rosterDigest());
    json.writeNumberField("rosterRows", plan.rosterRows());
    json.writeArrayFieldStart("parts");
    for (SyncPlan.Part part : plan.parts()) {
      json.writeStartObject();
      json.writeStringField("target", part.target().name());
      json.writeNumberField("outOfScope", part.outOfScope());
      json.writeStringField("failure", part.failure());
      Verdict acrossRuns = part.acrossRuns();
      if (acrossRuns == null) {
        json.writeNullField("acrossRuns");
      } else {
        VerdictJson.write(json, "acrossRuns", acrossRuns);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  static SyncPlan load(InputStream in) {
    try {
      ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
      ZipEntry first = zip.getNextEntry();
      if (first == null || !INDEX.equals(first.getName())) {
        throw new InvalidPlanException("not a saved plan: it does not start with " + INDEX
            + " (save one with hrsync plan --out FILE, or SyncPlan.save)");
      }
      JsonNode index = readIndex(zip);
      List<SyncPlan.Part> parts = new ArrayList<>();
      for (JsonNode node : index.get("parts")) {
        parts.add(part(node, "parts[" + parts.size() + "]", zip));
      }
      if (zip.getNextEntry() != null) {
        throw new InvalidPlanException("not a saved plan: it holds more than its parts");
      }
      try {
        return new SyncPlan(textual(index, "planId", INDEX),
            textual(index, "rosterDigest", INDEX), whole(index, "rosterRows", INDEX), parts);
      } catch (IllegalArgumentException e) {
        throw new InvalidPlanException("not a saved plan: " + e.getMessage(), e);
      }
    } catch (ZipException e) {
      throw new InvalidPlanException("not a saved plan: the file is not a plan archive ("
          + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readIndex(ZipInputStream zip) throws IOException {
    JsonNode index;
    try {
      index = MAPPER.readTree(entryReader(zip));
    } catch (JsonProcessingException e) {
      throw new InvalidPlanException("not a saved plan: " + INDEX + " is not JSON", e);
    }
    exactFields(index, INDEX_FIELDS, INDEX);
    if (!FORMAT.equals(index.get("format").asText())) {
      throw new InvalidPlanException("not a saved plan: format must be " + FORMAT + ", was "
          + index.get("format"));
    }
    if (!index.get("parts").isArray()) {
      throw new InvalidPlanException(INDEX + ".parts: must be an array");
    }
    return index;
  }

  private static SyncPlan.Part part(JsonNode node, String where, ZipInputStream zip)
      throws IOException {
    exactFields(node, PART_FIELDS, where);
    Target target;
    try {
      target = Target.valueOf(textual(node, "target", where));
    } catch (IllegalArgumentException e) {
      throw new InvalidPlanException(where + ".target: unknown target " + node.get("target"),
          e);
    }
    String failure = textOrNull(node, "failure", where);
    JsonNode across = node.get("acrossRuns");
    Verdict acrossRuns = across.isNull() ? null
        : VerdictJson.read(across, where + ".acrossRuns");
    TargetPlan plan = failure != null ? null : plan(target, zip);
    try {
      return new SyncPlan.Part(target, plan, failure, acrossRuns, whole(node, "outOfScope",
          where));
    } catch (IllegalArgumentException e) {
      throw new InvalidPlanException(where + ": " + e.getMessage(), e);
    }
  }

  private static TargetPlan plan(Target target, ZipInputStream zip) throws IOException {
    ZipEntry entry = zip.getNextEntry();
    String expected = entry(target);
    if (entry == null || !expected.equals(entry.getName())) {
      throw new InvalidPlanException("not a saved plan: " + expected + " is missing");
    }
    TargetPlan plan = target == Target.JOBTICKET ? JobTicketPlan.fromJson(entryReader(zip))
        : HrFeedPlan.fromJson(entryReader(zip));
    if (plan.target() != target) {
      throw new InvalidPlanException("not a saved plan: " + expected + " is another target's");
    }
    return plan;
  }

  private static String entry(Target target) {
    return target.key().toLowerCase(Locale.ROOT) + ".json";
  }

  /** The current entry as text; closing it leaves the archive open for the next entry. */
  private static Reader entryReader(ZipInputStream zip) {
    return new FilterReader(new InputStreamReader(zip, StandardCharsets.UTF_8)) {
      @Override
      public void close() {}
    };
  }
}
