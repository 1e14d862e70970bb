package io.github.hrsync.sync.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where run records are kept, line by line as a run goes, so that a run killed part-way leaves
 * what it did: a run's first line, then one per target, per operation and per outcome, then its
 * last. A line is one JSON object whose first member is {@code runId}; a log keeps it whole or
 * not at all and need not understand it. {@link RunHistory} reads the records back.
 *
 * <p>Implementations: {@link FileRunLog} (JSON Lines files, the default of the example programs)
 * and {@code JdbcRunLog} in {@code hrsync-ratebudget-jdbc} (PostgreSQL). Every method may throw
 * {@link RunLogException}. Implementations must be thread-safe and safe across processes.
 */
public interface RunLog {

  /**
   * Appends one line of a run, whole or not at all.
   *
   * @param runId the run's id
   * @param first whether this is the run's first line (the one {@link #recentRunIds} lists)
   * @param line one JSON object on one line
   */
  void append(String runId, boolean first, String line);

  /**
   * Reads every line of one run, in the order they were appended.
   *
   * @param runId the run's id
   * @param lines told of each line
   */
  void read(String runId, Consumer<String> lines);

  /**
   * @param limit the most ids to return
   * @return the ids of the runs last begun, newest first
   */
  List<String> recentRunIds(int limit);

  /**
   * Reads every line of the {@code limit} runs last begun, in the order the lines were appended
   * (the lines of runs that ran at once interleave): what the guard across runs and
   * {@link RunHistory#recent} read. The default reads {@link #recentRunIds} and then each run;
   * an implementation should read them in one pass ({@link FileRunLog}: two reads of its files;
   * {@code JdbcRunLog}: one query).
   *
   * @param limit the most runs to read
   * @param lines told of each line
   */
  default void readRecent(int limit, Consumer<String> lines) {
    List<String> newestFirst = recentRunIds(limit);
    for (int run = newestFirst.size() - 1; run >= 0; run--) {
      read(newestFirst.get(run), lines);
    }
  }

  /**
   * A log of JSON Lines files in a directory, with the default bounds of {@link FileRunLog}.
   *
   * @param directory the directory (created if missing)
   * @return the log
   */
  static RunLog inDirectory(Path directory) {
    return FileRunLog.open(directory);
  }
}
