package io.github.hrsync.sync.hrfeed;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one planned operation.
 *
 * @param operation the operation
 * @param outcome whether it succeeded, failed or was not attempted
 * @param userId the user's system id (for a create: the created user's)
 * @param statusCode the HTTP status of a failure, 0 when none
 * @param error why it failed or was skipped, if it did not succeed
 */
public record OperationResult(PlannedOperation operation, Outcome outcome,
    @Nullable String userId, int statusCode, @Nullable String error) {

  /** What happened to an operation. */
  public enum Outcome {
    /** The change was made. */
    SUCCEEDED,
    /** The change was refused or failed; other operations went on. */
    FAILED,
    /** Not attempted, because an earlier failure stopped the run. */
    SKIPPED
  }
}
