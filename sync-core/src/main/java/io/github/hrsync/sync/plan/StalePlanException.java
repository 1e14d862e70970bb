package io.github.hrsync.sync.plan;

import io.github.hrsync.core.error.HrSyncException;
import java.util.List;

/**
 * The platform changed since the plan was made, in a way the plan depends on; nothing was
 * applied. Plan again.
 */
public class StalePlanException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> reasons;

  /** @param reasons what changed, one line per operation and field */
  public StalePlanException(List<String> reasons) {
    super("the plan is stale, nothing was applied; plan again:\n  "
        + String.join("\n  ", reasons.subList(0, Math.min(20, reasons.size())))
        + (reasons.size() > 20 ? "\n  ... and " + (reasons.size() - 20) + " more" : ""), null);
    this.reasons = List.copyOf(reasons);
  }

  /** @return what changed */
  public List<String> reasons() {
    return reasons;
  }

  /** @return the first reason, and how many more there are: one line */
  public String summary() {
    return reasons.isEmpty() ? "no reason given" : reasons.get(0)
        + (reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more)" : "");
  }
}
