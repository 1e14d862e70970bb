package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.audit.OperationRecord;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one planned operation, with what the server answered.
 *
 * @param operation the operation
 * @param outcome whether it succeeded, failed or was not attempted
 * @param userId the user's system id (for a create: the created user's)
 * @param statusCode the HTTP status of the last call the operation made, 0 when none came
 * @param error why it failed or was skipped, if it did not succeed
 * @param attempts how many attempts its last call made, 0 when none was made
 * @param requestId the server's request id of its last call, if it sent one
 * @param duration how long the operation took, retries and rate-limit waits included
 */
public record OperationResult(PlannedOperation operation, Outcome outcome,
    @Nullable String userId, int statusCode, @Nullable String error, int attempts,
    @Nullable String requestId, Duration duration) {

  /** What happened to an operation. */
  public enum Outcome {
    /** The change was made. */
    SUCCEEDED,
    /** The change was refused or failed; other operations went on. */
    FAILED,
    /** Not attempted, because an earlier failure stopped the run. */
    SKIPPED
  }

  /**
   * Requires the parts.
   *
   * @param operation the operation
   * @param outcome whether it succeeded, failed or was not attempted
   * @param userId the user's system id (for a create: the created user's)
   * @param statusCode the HTTP status of the last call the operation made, 0 when none came
   * @param error why it failed or was skipped, if it did not succeed
   * @param attempts how many attempts its last call made, 0 when none was made
   * @param requestId the server's request id of its last call, if it sent one
   * @param duration how long the operation took
   */
  public OperationResult {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * This result as the run record keeps it: the user's externalId and the names of the fields,
   * and with {@code values} the values set and the error's text.
   *
   * @param values whether to keep the values set and the error's text
   * @return the record
   */
  public OperationRecord toRecord(boolean values) {
    Map<String, String> set = new LinkedHashMap<>();
    if (values) {
      operation.changes().forEach(change ->
          set.put(change.field().wireName(), String.valueOf(change.to())));
    }
    String why = outcome == Outcome.SUCCEEDED ? null
        : values && error != null ? error
        : outcome == Outcome.SKIPPED ? "not attempted"
        : statusCode == 0 ? "no response" : "HTTP " + statusCode;
    return new OperationRecord(operation.kind().name(), operation.externalId(),
        operation.fieldNames(),
        operation.kind().removes(), outcome.name(), statusCode, requestId, attempts, duration,
        why, set);
  }

  /**
   * @return the operation's ids and how it ended; never a person's name, e-mail, date of birth,
   *     mobile or field value
   */
  @Override
  public String toString() {
    return "OperationResult[" + operation.kind() + " " + operation.externalId() + ": " + outcome
        + (statusCode == 0 ? "" : ", status " + statusCode) + "]";
  }
}
