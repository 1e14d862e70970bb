package io.github.hrsync.sync.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one operation of a run did and what the server answered. It names the record by its key
 * and the fields by their names; the values are kept only when the sync is told to record them
 * ({@code RosterSync.Builder.recordValues(true)}).
 *
 * @param kind what it does: an HR Feed operation ({@code CREATE}, {@code UPDATE},
 *     {@code REACTIVATE}, {@code DEACTIVATE}, {@code DELETE}) or a JobTicket change carried by the
 *     replace ({@code ADD}, {@code UPDATE}, {@code OFFBOARD})
 * @param key the record's key: the HR Feed externalId or the JobTicket hrId (for an employee
 *     JobTicket offboards without one, {@code employee <id>})
 * @param fields the names of the fields it changes
 * @param removes whether it takes a record away (offboard, deactivate, delete)
 * @param outcome {@code SUCCEEDED}, {@code FAILED}, {@code SKIPPED}, or {@code UNKNOWN} (a
 *     JobTicket replace whose answer never came: it may have been processed)
 * @param status the HTTP status of the call that carried it, 0 when none came
 * @param requestId the server's request id of that call, if it sent one
 * @param attempts how many attempts the call made, 0 when none was made
 * @param duration how long the call took, retries and rate-limit waits included
 * @param error why it did not succeed: the exception's simple class name, or its message when
 *     values are recorded; {@code null} when it succeeded
 * @param values field name to the value it was set to, only when values are recorded
 */
public record OperationRecord(String kind, String key, List<String> fields, boolean removes,
    String outcome, int status, @Nullable String requestId, int attempts, Duration duration,
    @Nullable String error, Map<String, String> values) {

  /**
   * Copies the collections.
   *
   * @param kind what it does
   * @param key the record's key
   * @param fields the names of the fields it changes
   * @param removes whether it takes a record away
   * @param outcome {@code SUCCEEDED}, {@code FAILED}, {@code SKIPPED}, or {@code UNKNOWN} (a
 *     JobTicket replace whose answer never came: it may have been processed)
   * @param status the HTTP status of the call that carried it, 0 when none came
   * @param requestId the server's request id of that call, if it sent one
   * @param attempts how many attempts the call made
   * @param duration how long the call took
   * @param error why it did not succeed, {@code null} when it succeeded
   * @param values field name to the value it was set to, only when values are recorded
   */
  public OperationRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
    fields = List.copyOf(fields);
    values = Map.copyOf(values);
  }

  /** @return whether the change was made */
  public boolean succeeded() {
    return "SUCCEEDED".equals(outcome);
  }

  /**
   * @return whether it took a record away, or may have: it succeeded, or its call got no answer
   *     (outcome {@code UNKNOWN}, or {@code FAILED} with no status), which the guard across runs
   *     counts as done, the harmful reading
   */
  public boolean mayHaveRemoved() {
    return mayHaveRemoved(removes, outcome, status);
  }

  /**
   * The rule of {@link #mayHaveRemoved()}, for a record read field by field.
   *
   * @param removes whether the operation takes a record away
   * @param outcome its outcome
   * @param status the HTTP status of its call, 0 when none came
   * @return whether it took a record away, or may have
   */
  public static boolean mayHaveRemoved(boolean removes, String outcome, int status) {
    return removes && ("SUCCEEDED".equals(outcome) || "UNKNOWN".equals(outcome)
        || "FAILED".equals(outcome) && status == 0);
  }

  /**
   * @return the kind, key, field names and outcome; never a person's name, e-mail, date of
   *     birth, mobile or field value
   */
  @Override
  public String toString() {
    return "OperationRecord[" + kind + " " + key + ", fields=" + fields + ", outcome=" + outcome
        + (status == 0 ? "" : ", status " + status) + (error == null ? "" : ", failed")
        + (values.isEmpty() ? "" : ", " + values.size() + " values recorded") + "]";
  }
}
