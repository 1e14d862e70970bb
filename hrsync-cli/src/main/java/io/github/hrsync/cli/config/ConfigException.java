package io.github.hrsync.cli.config;

import io.github.hrsync.core.error.HrSyncException;
import java.util.List;

/**
 * A configuration the tool cannot run with: every problem at once, each one line that names the
 * field (and the line of {@code hrsync.yaml}) and the fix. Never holds a credential.
 */
public final class ConfigException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /** The problems, one line each. */
  private final List<String> problems;

  /** @param problems the problems, one line each; at least one */
  public ConfigException(List<String> problems) {
    super(String.join("; ", problems), null);
    this.problems = List.copyOf(problems);
  }

  /** @param problem the one problem */
  public ConfigException(String problem) {
    this(List.of(problem));
  }

  /** @return the problems, one line each */
  public List<String> problems() {
    return problems;
  }
}
