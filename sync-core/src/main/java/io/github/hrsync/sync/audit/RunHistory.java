package io.github.hrsync.sync.audit;

import io.github.hrsync.sync.internal.RunLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads run records back from a {@link RunLog}: the last runs (in one pass over the log) and
 * one run whole. A run killed part-way reads back
 * {@linkplain RunRecord#complete() incomplete} with every whole line it left. Thread-safe.
 *
 * <pre>{@code
 * RunHistory history = new RunHistory(RunLog.inDirectory(Path.of("run-log")));
 * for (RunRecord run : history.recent(10)) { ... }
 * RunRecord one = history.run(runId).orElseThrow();
 * }</pre>
 */
public final class RunHistory {
  /** The most runs {@link #recent} reads at once. */
  public static final int MAX_RECENT = 1000;

  private final RunLog log;

  /**
   * @param log the log to read
   */
  public RunHistory(RunLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * The runs last begun, newest first, each whole (every operation included): for a run of very
   * many operations, list with a small limit and read one at a time with {@link #run}.
   *
   * @param limit how many (1 to {@link #MAX_RECENT})
   * @return the runs
   * @throws RunLogException when the log cannot be read
   */
  public List<RunRecord> recent(int limit) {
    if (limit < 1 || limit > MAX_RECENT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_RECENT + ", was " + limit);
    }
    Map<String, List<String>> lines = new LinkedHashMap<>();
    log.readRecent(limit, line -> {
      String runId = RunLines.runId(line);
      if (runId != null) {
        lines.computeIfAbsent(runId, id -> new ArrayList<>()).add(line);
      }
    });
    List<RunRecord> runs = new ArrayList<>();
    for (List<String> run : lines.values()) {
      RunRecord record = RunLines.assemble(run);
      if (record != null) {
        runs.add(record);
      }
    }
    java.util.Collections.reverse(runs); // each run's first line comes before its others
    return runs;
  }

  /**
   * @param runId a run's id
   * @return its record, when the log has its first line
   * @throws RunLogException when the log cannot be read
   */
  public Optional<RunRecord> run(String runId) {
    Objects.requireNonNull(runId, "runId");
    List<String> lines = new ArrayList<>();
    log.read(runId, lines::add);
    return Optional.ofNullable(RunLines.assemble(lines));
  }

  @Override
  public String toString() {
    return "RunHistory[" + log + "]";
  }
}
