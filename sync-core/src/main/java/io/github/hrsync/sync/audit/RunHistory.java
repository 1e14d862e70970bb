package io.github.hrsync.sync.audit;

import io.github.hrsync.sync.internal.RunLines;
import io.github.hrsync.sync.plan.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads run records back from a {@link RunLog}: the last runs, one run whole, and the removals
 * of recent runs that the guard across runs sums. A run killed part-way reads back
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
    List<RunRecord> runs = new ArrayList<>();
    for (String runId : log.recentRunIds(limit)) {
      run(runId).ifPresent(runs::add);
    }
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

  /**
   * How many records of one instance of a target the runs begun since {@code since} took away
   * (operations that succeeded; a killed run's too), reading at most {@code maxRuns} runs back.
   *
   * @param target the target
   * @param scope the instance of the target ({@link TargetRecord#scope()})
   * @param since the start of the window
   * @param maxRuns the most runs read
   * @return the removals
   * @throws RunLogException when the log cannot be read
   */
  public int removedSince(Target target, String scope, Instant since, int maxRuns) {
    int removed = 0;
    for (String runId : log.recentRunIds(maxRuns)) {
      RunLines.RemovalCount count = new RunLines.RemovalCount(target, scope);
      log.read(runId, count::accept);
      Instant start = count.startedAt();
      if (start != null && start.isBefore(since)) {
        break;
      }
      removed += count.removed();
    }
    return removed;
  }

  @Override
  public String toString() {
    return "RunHistory[" + log + "]";
  }
}
