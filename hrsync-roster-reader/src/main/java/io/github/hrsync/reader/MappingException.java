package io.github.hrsync.reader;

import io.github.hrsync.core.error.HrSyncException;
import java.util.List;

/**
 * A mapping cannot be used: with the file it was loaded from, or against the columns of a source
 * (an unknown column, a field mapped twice, a required field unmapped, a bad date pattern). Each
 * problem names the mapping line (or the field, for a mapping built in Java) and, for a column,
 * the source's columns and the closest match. Found before any row is read.
 */
public class MappingException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * @param mapping the mapping's name (its file)
   * @param problems every problem found, one line each
   */
  public MappingException(String mapping, List<String> problems) {
    super(RosterReadException.describe(mapping, problems, problems.size(), ""), null);
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, one line each */
  public List<String> problems() {
    return problems;
  }
}
