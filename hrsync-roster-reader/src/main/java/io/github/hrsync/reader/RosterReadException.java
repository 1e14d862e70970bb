package io.github.hrsync.reader;

import io.github.hrsync.core.error.HrSyncException;
import java.util.List;

/**
 * A source could not be read into a roster: rows a mapping rule could not be applied to or that
 * failed validation (every one, each naming its data row, file line, column and rule), bytes not
 * in the file's encoding, malformed CSV, or a failed query. Nothing was sent.
 */
public class RosterReadException extends HrSyncException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  private final transient List<RowProblem> problems;

  /**
   * @param source the source's name
   * @param problems the problems with rows, in row order (the first ones, when there are many)
   * @param total how many problems there are in all
   */
  public RosterReadException(String source, List<RowProblem> problems, int total) {
    super(describe(source, problems.stream().map(RowProblem::toString).toList(), total,
        ", nothing was sent"), null);
    this.problems = List.copyOf(problems);
  }

  /**
   * @param message what could not be read, and where
   * @param cause the underlying failure, if any
   */
  public RosterReadException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
    this.problems = List.of();
  }

  /** @return every problem with a row, in row order (empty for a failure of the whole source) */
  public List<RowProblem> problems() {
    return problems;
  }

  /**
   * @param source what the problems are in
   * @param lines the problems shown (the first ones, when there are many)
   * @param total how many problems there are in all
   * @param consequence what follows the count ({@code ", nothing was sent"}), or nothing
   * @return a headline and the first problems, one per line
   */
  static String describe(String source, List<String> lines, int total, String consequence) {
    StringBuilder text = new StringBuilder(source).append(": ").append(total)
        .append(total == 1 ? " problem" : " problems").append(consequence).append(':');
    lines.stream().limit(SHOWN).forEach(line -> text.append("\n  ").append(line));
    if (total > Math.min(SHOWN, lines.size())) {
      text.append("\n  ... and ").append(total - Math.min(SHOWN, lines.size())).append(" more");
    }
    return text.toString();
  }
}
