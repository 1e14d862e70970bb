package io.github.hrsync.sync.plan;

import io.github.hrsync.core.error.HrSyncException;
import org.jspecify.annotations.Nullable;

/**
 * A plan that cannot be applied as given, whatever the platform holds: a saved plan whose text is
 * not a plan of this version, one edited since it was written (its content no longer matches its
 * fingerprint), or an operation built by hand that the engine cannot send (a create without a
 * required field). Nothing was sent. Plan again.
 */
public class InvalidPlanException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong and where, never a value of the plan
   * @param cause the parse failure, if any
   */
  public InvalidPlanException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** @param message what is wrong and where, never a value of the plan */
  public InvalidPlanException(String message) {
    this(message, null);
  }
}
