package io.github.hrsync.sync.roster;

import io.github.hrsync.core.error.HrSyncException;
import java.util.List;

/**
 * A roster failed validation; nothing was sent. {@link #issues()} lists every problem found, each
 * naming its row and field.
 */
public class RosterValidationException extends HrSyncException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  private final transient List<ValidationIssue> issues;

  /**
   * Creates the exception.
   *
   * @param issues every problem found, in row order
   */
  public RosterValidationException(List<ValidationIssue> issues) {
    super(describe(issues), null);
    this.issues = List.copyOf(issues);
  }

  /** @return every problem found, in row order */
  public List<ValidationIssue> issues() {
    return issues;
  }

  private static String describe(List<ValidationIssue> issues) {
    StringBuilder text = new StringBuilder("the roster has ").append(issues.size())
        .append(issues.size() == 1 ? " problem" : " problems").append("; nothing was sent");
    issues.stream().limit(SHOWN).forEach(issue -> text.append("\n  ").append(issue));
    if (issues.size() > SHOWN) {
      text.append("\n  ... and ").append(issues.size() - SHOWN).append(" more");
    }
    return text.toString();
  }
}
