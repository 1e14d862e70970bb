package io.github.hrsync.spring;

import io.github.hrsync.core.error.HrSyncException;
import java.util.List;

/**
 * Properties the starter cannot build a sync from: every problem at once, each naming the
 * property to set. Never holds a credential.
 */
public final class HrsyncPropertiesException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /** @param problems one line each, at least one */
  public HrsyncPropertiesException(List<String> problems) {
    super(String.join("; ", problems), null);
  }
}
