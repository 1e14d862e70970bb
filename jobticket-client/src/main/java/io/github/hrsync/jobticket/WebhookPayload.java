package io.github.hrsync.jobticket;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The resource part of a webhook event, by event type. Unknown event types are kept as
 * {@link Unrecognized}, never rejected.
 */
public sealed interface WebhookPayload {

  /**
   * {@code employee-subscription-changed}: an employee's subscription status or key dates
   * changed. Fetch the employee for the rest of the record.
   *
   * @param employeeId the employee id
   * @param subscription the new subscription state
   */
  record SubscriptionChanged(long employeeId, Subscription subscription)
      implements WebhookPayload {}

  /**
   * {@code new-employee-document-generated}: a new document is ready; fetch it with
   * {@link JobTicketClient#getDocument(long)}.
   *
   * @param documentId the document id
   * @param employeeId the employee the document belongs to
   */
  record DocumentGenerated(long documentId, long employeeId) implements WebhookPayload {}

  /**
   * An event type this SDK version does not know.
   *
   * @param fields the payload as sent
   */
  record Unrecognized(Map<String, @Nullable Object> fields) implements WebhookPayload {

    /** @return the fields' names; never a value */
    @Override
    public String toString() {
      return "Unrecognized" + fields.keySet();
    }
  }
}
