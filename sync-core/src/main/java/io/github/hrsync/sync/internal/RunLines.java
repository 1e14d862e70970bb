package io.github.hrsync.sync.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The run log's line format, both ways: one JSON object per event of a run ({@code run},
 * {@code target}, {@code operation}, {@code outcome}, {@code end}), {@code runId} its first
 * member; and the {@link RunRecord} put back together from a run's lines. A line that cannot be
 * read (torn by a full disk) is skipped.
 */
public final class RunLines {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RunLines() {}

  /** The first line of a run. */
  public static String run(String runId, Instant startedAt, boolean dryRun, String digest,
      int rows) {
    return line(runId, "run", json -> {
      json.writeStringField("startedAt", startedAt.toString());
      json.writeBooleanField("dryRun", dryRun);
      json.writeStringField("rosterDigest", digest);
      json.writeNumberField("rosterRows", rows);
    });
  }

  /** A target's plan, verdict and approval, before anything is sent to it. */
  public static String target(String runId, TargetRecord target) {
    return line(runId, "target", json -> {
      json.writeStringField("target", target.target().name());
      json.writeStringField("scope", target.scope());
      json.writeStringField("fingerprint", target.fingerprint());
      json.writeNumberField("adds", target.adds());
      json.writeNumberField("changes", target.changes());
      json.writeNumberField("removals", target.removals());
      Verdict verdict = target.verdict();
      if (verdict != null) {
        VerdictJson.write(json, verdict);
      }
      Approval approval = target.approval();
      if (approval != null) {
        json.writeObjectFieldStart("approval");
        json.writeStringField("fingerprint", approval.fingerprint());
        json.writeStringField("approvedBy", approval.approvedBy());
        json.writeStringField("reason", approval.reason());
        json.writeStringField("approvedAt", approval.approvedAt() == null ? null
            : String.valueOf(approval.approvedAt()));
        json.writeBooleanField("used", target.approvalUsed());
        json.writeEndObject();
      }
    });
  }

  /** One operation that ended. */
  public static String operation(String runId, Target target, OperationRecord op) {
    return line(runId, "operation", json -> {
      json.writeStringField("target", target.name());
      json.writeStringField("kind", op.kind());
      json.writeStringField("key", op.key());
      json.writeArrayFieldStart("fields");
      for (String field : op.fields()) {
        json.writeString(field);
      }
      json.writeEndArray();
      json.writeBooleanField("removes", op.removes());
      json.writeStringField("outcome", op.outcome());
      json.writeNumberField("status", op.status());
      json.writeStringField("requestId", op.requestId());
      json.writeNumberField("attempts", op.attempts());
      json.writeNumberField("durationMillis", op.duration().toMillis());
      json.writeStringField("error", op.error());
      if (!op.values().isEmpty()) {
        json.writeObjectFieldStart("values");
        for (Map.Entry<String, String> value : op.values().entrySet()) {
          json.writeStringField(value.getKey(), value.getValue());
        }
        json.writeEndObject();
      }
    });
  }

  /**
   * A removing operation about to be sent: until its {@code operation} line, it may or may not
   * have happened (a process killed in between leaves only this line).
   */
  public static String intent(String runId, Target target, String kind, String key) {
    return line(runId, "intent", json -> {
      json.writeStringField("target", target.name());
      json.writeStringField("kind", kind);
      json.writeStringField("key", key);
    });
  }

  /** How a target's part ended. */
  public static String outcome(String runId, Target target, TargetOutcome.Status status,
      @Nullable String message) {
    return line(runId, "outcome", json -> {
      json.writeStringField("target", target.name());
      json.writeStringField("status", status.name());
      json.writeStringField("message", message);
    });
  }

  /** The last line of a run. */
  public static String end(String runId, Instant finishedAt) {
    return line(runId, "end", json -> json.writeStringField("finishedAt",
        finishedAt.toString()));
  }

  /** Writes an event's members after {@code runId} and {@code event}. */
  @FunctionalInterface
  private interface Members {
    void write(JsonGenerator json) throws IOException;
  }

  /** One line: {@code runId} first (a log finds a run's lines by it), then the event's. */
  private static String line(String runId, String event, Members members) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator json = Json.mapper().getFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("runId", runId);
      json.writeStringField("event", event);
      members.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string does not fail", e);
    }
    return text.toString();
  }

  /**
   * What the guard across runs needs of the runs it reads, tallied line by line in one pass
   * without building their records: per run of one target's scope, when it began, the removals
   * its operations made or may have made ({@link OperationRecord#mayHaveRemoved}) and whether an
   * approval let it through. Runs of other scopes
   * and dry runs are not tallied; a line that cannot be read is skipped.
   */
  public static final class WindowTally {
    private final Target target;
    private final String scope;
    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final Map<String, Instant> starts = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private int skipped;

    /** One run's part of the tally. */
    public static final class Run {
      private final String runId;
      private final Instant startedAt;
      private final Target target;
      private int removedByOperations;
      private int operations;
      private int plannedRemovals;
      private boolean ended;
      private final Set<String> inFlight = new HashSet<>();
      private boolean approved;

      Run(String runId, Instant startedAt, Target target) {
        this.runId = runId;
        this.startedAt = startedAt;
        this.target = target;
      }

      /** @return the run's id */
      public String runId() {
        return runId;
      }

      /** @return when the run began */
      public Instant startedAt() {
        return startedAt;
      }

      /**
       * @return the records it took away or may have: its operations that did or may have
       *     ({@link OperationRecord#mayHaveRemoved}), its removals that began and never ended,
       *     and, for a JobTicket replace admitted and never answered (a killed process), every
       *     removal it planned
       */
      public int removed() {
        boolean replaceUnanswered = target == Target.JOBTICKET && operations == 0 && !ended;
        return removedByOperations + inFlight.size() + (replaceUnanswered ? plannedRemovals : 0);
      }

      /** @return whether an approval let the run's plan through */
      public boolean approved() {
        return approved;
      }
    }

    /**
     * @param target the target
     * @param scope the instance of the target that counts
     */
    public WindowTally(Target target, String scope) {
      this.target = target;
      this.scope = scope;
    }

    /** @param line the next line of any run */
    public void accept(String line) {
      JsonNode node = parse(line);
      if (node == null) {
        skipped++;
        return;
      }
      String runId = node.path("runId").asText();
      String event = node.path("event").asText();
      try {
        if ("run".equals(event)) {
          // the first run line of an id is the run's: a stray one cannot move it out of the
          // window; a dry run removes nothing
          Instant start = instant(node, "startedAt");
          if (start == null) {
            skipped++;
          } else if (seen.add(runId) && !node.path("dryRun").asBoolean()) {
            starts.put(runId, start);
          }
          return;
        }
        if (!target.name().equals(node.path("target").asText())) {
          return;
        }
        Instant start = starts.get(runId);
        if ("target".equals(event) && start != null && !runs.containsKey(runId)
            && scope.equals(node.path("scope").asText())) {
          // a run writes one target line per target, before its operations: a later one is a
          // stray and cannot mark the run approved
          Run run = new Run(runId, start, target);
          run.approved = node.path("approval").path("used").asBoolean();
          boolean admitted = run.approved || node.path("verdict").path("allowed").asBoolean();
          run.plannedRemovals = admitted ? node.path("removals").asInt() : 0;
          runs.put(runId, run);
          return;
        }
        Run run = runs.get(runId);
        if (run == null) {
          return;
        }
        switch (event) {
          case "intent" -> run.inFlight.add(node.path("key").asText());
          case "operation" -> {
            run.operations++;
            run.inFlight.remove(node.path("key").asText());
            if (OperationRecord.mayHaveRemoved(node.path("removes").asBoolean(),
                node.path("outcome").asText(), node.path("status").asInt())) {
              run.removedByOperations++;
            }
          }
          case "outcome" -> run.ended = true;
          default -> { }
        }
      } catch (RuntimeException unreadable) {
        skipped++; // a damaged line or one of a later version: the others still count
      }
    }

    /** @return how many lines could not be read and were skipped */
    public int skipped() {
      return skipped;
    }

    /** @return the runs of the scope, by when they began */
    public List<Run> runs() {
      List<Run> sorted = new ArrayList<>(runs.values());
      sorted.sort(Comparator.comparing(Run::startedAt));
      return sorted;
    }
  }

  /** @return the run id a line names, {@code null} when it cannot be read */
  public static @Nullable String runId(String line) {
    JsonNode node = parse(line);
    JsonNode id = node == null ? null : node.get("runId");
    return id == null || !id.isTextual() ? null : id.asText();
  }

  /** Puts a run's record back together; {@code null} when it has no readable first line. */
  public static @Nullable RunRecord assemble(List<String> lines) {
    JsonNode run = null;
    Instant finishedAt = null;
    Map<Target, TargetParts> targets = new LinkedHashMap<>();
    for (String text : lines) {
      JsonNode node = parse(text);
      if (node == null) {
        continue;
      }
      try {
        switch (node.path("event").asText()) {
          // the first readable run line of an id is the run's; a later one is a stray
          case "run" -> run = run == null && instant(node, "startedAt") != null ? node : run;
          case "end" -> finishedAt = instant(node, "finishedAt");
          case "target" -> parts(targets, node).head = node;
          case "operation" -> {
            OperationRecord ended = operation(node);
            parts(targets, node).operations.add(ended);
            parts(targets, node).inFlight.remove(ended.key());
          }
          case "intent" -> parts(targets, node).inFlight.put(node.path("key").asText(),
              node.path("kind").asText());
          case "outcome" -> parts(targets, node).outcome = node;
          default -> { }
        }
      } catch (RuntimeException unreadable) {
        // a line of a later version or a damaged one: the rest of the run still reads
      }
    }
    if (run == null) {
      return null;
    }
    List<TargetRecord> records = new ArrayList<>();
    targets.forEach((target, parts) -> records.add(parts.record(target)));
    return new RunRecord(run.path("runId").asText(),
        Objects.requireNonNull(instant(run, "startedAt"), "read above"), finishedAt,
        run.path("dryRun").asBoolean(), run.path("rosterDigest").asText(),
        run.path("rosterRows").asInt(), records);
  }

  /** What the lines of one target say so far. */
  private static final class TargetParts {
    @Nullable JsonNode head;
    final List<OperationRecord> operations = new ArrayList<>();
    /** Removals that began and never ended, key to kind: they may have happened. */
    final Map<String, String> inFlight = new LinkedHashMap<>();
    @Nullable JsonNode outcome;

    TargetRecord record(Target target) {
      JsonNode plan = head == null ? NODES.objectNode() : head;
      JsonNode end = outcome;
      List<OperationRecord> operations = new ArrayList<>(this.operations);
      inFlight.forEach((key, kind) -> operations.add(new OperationRecord(kind, key, List.of(),
          true, "UNKNOWN", 0, null, 0, Duration.ZERO, "began and never ended: it may have "
          + "happened", Map.of())));
      String scope = textOrNull(plan, "scope");
      return new TargetRecord(target, scope == null ? "" : scope, textOrNull(plan, "fingerprint"),
          plan.path("adds").asInt(), plan.path("changes").asInt(), plan.path("removals").asInt(),
          readable(() -> verdict(plan)), readable(() -> approval(plan)),
          plan.path("approval").path("used").asBoolean(), operations,
          end == null ? null : readable(() -> TargetOutcome.Status.valueOf(
              end.path("status").asText())),
          end == null ? null : textOrNull(end, "message"));
    }
  }

  /** A part of a record read from a damaged or later line: {@code null} when unreadable. */
  private static <T> @Nullable T readable(Supplier<@Nullable T> part) {
    try {
      return part.get();
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** An instant a line holds, {@code null} when missing or not an instant. */
  private static @Nullable Instant instant(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      return null;
    }
    try {
      return Instant.parse(value.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static TargetParts parts(Map<Target, TargetParts> targets, JsonNode node) {
    return targets.computeIfAbsent(Target.valueOf(node.path("target").asText()),
        target -> new TargetParts());
  }

  private static @Nullable Verdict verdict(JsonNode plan) {
    JsonNode node = plan.get("verdict");
    if (node == null || node.isNull()) {
      return null;
    }
    List<Breach> breaches = new ArrayList<>();
    for (JsonNode breach : node.path("breaches")) {
      breaches.add(new Breach(Dimension.valueOf(breach.path("dimension").asText()),
          breach.path("count").asInt(), breach.path("base").asInt(),
          breach.path("limit").asInt()));
    }
    return new Verdict(node.path("allowed").asBoolean(), node.path("approvable").asBoolean(),
        textOrNull(node, "refusal"), breaches);
  }

  private static @Nullable Approval approval(JsonNode plan) {
    JsonNode node = plan.get("approval");
    if (node == null || node.isNull()) {
      return null;
    }
    String at = textOrNull(node, "approvedAt");
    return new Approval(node.path("fingerprint").asText(), textOrNull(node, "approvedBy"),
        textOrNull(node, "reason"), instant(node, "approvedAt"));
  }

  private static OperationRecord operation(JsonNode node) {
    List<String> fields = new ArrayList<>();
    node.path("fields").forEach(field -> fields.add(field.asText()));
    Map<String, String> values = new LinkedHashMap<>();
    node.path("values").fields().forEachRemaining(
        entry -> values.put(entry.getKey(), entry.getValue().asText()));
    return new OperationRecord(node.path("kind").asText(), node.path("key").asText(), fields,
        node.path("removes").asBoolean(), node.path("outcome").asText(),
        node.path("status").asInt(), textOrNull(node, "requestId"),
        node.path("attempts").asInt(), Duration.ofMillis(node.path("durationMillis").asLong()),
        textOrNull(node, "error"), values);
  }

  private static @Nullable String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable JsonNode parse(String line) {
    try {
      JsonNode node = Json.mapper().readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }
}
