package io.github.hrsync.jobticket;

import java.time.Instant;

/**
 * A webhook delivery from JobTicket: {@code {"event": {...}, "payload": {...}}}. Deliveries may
 * repeat; deduplicate on {@link #id()}.
 *
 * @param id the event's unique id
 * @param type the event type, such as {@code employee-subscription-changed}
 * @param timestamp when the event was generated
 * @param payload the resource part, typed by event type
 */
public record WebhookEvent(String id, String type, Instant timestamp, WebhookPayload payload) {

  /** The type of subscription-change events. */
  public static final String SUBSCRIPTION_CHANGED = "employee-subscription-changed";
  /** The type of new-document events. */
  public static final String DOCUMENT_GENERATED = "new-employee-document-generated";
}
