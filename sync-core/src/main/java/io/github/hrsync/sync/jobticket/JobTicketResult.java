package io.github.hrsync.sync.jobticket;

import io.github.hrsync.jobticket.SyncAccepted;
import io.github.hrsync.sync.audit.OperationRecord;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A roster replace JobTicket accepted, with its answer. JobTicket processes it in the
 * background; follow it with {@link JobTicketSync#progress(JobTicketResult)}, which counts the
 * employees whose link to the integration shows {@code lastSyncId == syncId}.
 *
 * @param plan what was sent and what it was expected to do
 * @param accepted JobTicket's acceptance
 * @param statusCode the status of the replace's last attempt
 * @param attempts how many attempts the replace made
 * @param requestId the server's request id of the replace, if it sent one
 * @param duration how long the replace took, retries and rate-limit waits included
 */
public record JobTicketResult(JobTicketPlan plan, SyncAccepted accepted, int statusCode,
    int attempts, @Nullable String requestId, Duration duration) {

  /**
   * Requires the parts.
   *
   * @param plan what was sent and what it was expected to do
   * @param accepted JobTicket's acceptance
   * @param statusCode the status of the replace's last attempt
   * @param attempts how many attempts the replace made
   * @param requestId the server's request id of the replace, if it sent one
   * @param duration how long the replace took
   */
  public JobTicketResult {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(duration, "duration");
  }

  /**
   * Each change the replace carried, as the run record keeps it: {@code ADD} and {@code UPDATE}
   * by hrId (with the names of the fields that change), {@code OFFBOARD} by hrId or
   * {@code employee <id>}, each with the replace's answer. JobTicket takes the replace whole,
   * so each succeeded as far as the API says; it is processed in the background.
   *
   * @return the operations, adds first, then updates, then offboardings
   */
  public List<OperationRecord> operations() {
    return plan.operations("SUCCEEDED", statusCode, requestId, attempts, duration, null);
  }

  /**
   * @return the replace's ids and answer; never a person's name, e-mail, date of birth, mobile
   *     or field value
   */
  @Override
  public String toString() {
    return "JobTicketResult[syncId=" + plan.syncId() + ", employees=" + plan.payload().size()
        + ", status=" + statusCode + ", attempts=" + attempts + ", requestId=" + requestId + "]";
  }
}
