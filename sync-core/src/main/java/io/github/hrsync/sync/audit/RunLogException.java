package io.github.hrsync.sync.audit;

import io.github.hrsync.core.error.HrSyncException;
import org.jspecify.annotations.Nullable;

/** A run log could not be written or read. The message names the log, never a record's data. */
public final class RunLogException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the log
   * @param cause the underlying failure, if any
   */
  public RunLogException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
