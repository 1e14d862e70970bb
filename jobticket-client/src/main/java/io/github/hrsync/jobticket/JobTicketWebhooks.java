package io.github.hrsync.jobticket;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.core.internal.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses JobTicket webhook deliveries.
 *
 * <p>Every delivery carries an {@code X-Signing-Signature} header that the receiver must verify.
 * JobTicket does not publish the algorithm, so this SDK does not guess one: verify the raw bytes
 * as the Developer Portal describes before calling {@link #parse(byte[])}.
 */
public final class JobTicketWebhooks {
  private static final TypeReference<Map<String, @Nullable Object>> FIELDS =
      new TypeReference<>() {};

  private JobTicketWebhooks() {}

  /**
   * Parses a delivery body.
   *
   * @param body the raw request body (UTF-8 JSON)
   * @return the event; unknown event types give a {@link WebhookPayload.Unrecognized} payload
   * @throws InvalidWebhookException when the body is not JSON or lacks {@code event.id},
   *     {@code event.type}, {@code event.timestamp} or {@code payload}
   */
  public static WebhookEvent parse(byte[] body) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new InvalidWebhookException("webhook body is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidWebhookException("webhook body must be a JSON object");
    }
    JsonNode event = root.path("event");
    String id = text(event, "event.id");
    String type = text(event, "event.type");
    JsonNode timestamp = event.path("timestamp");
    if (!timestamp.canConvertToLong()) {
      throw new InvalidWebhookException("event.timestamp must be Unix seconds, was "
          + shown(timestamp));
    }
    JsonNode payload = root.path("payload");
    if (!payload.isObject()) {
      throw new InvalidWebhookException("payload must be a JSON object");
    }
    return new WebhookEvent(id, type, Instant.ofEpochSecond(timestamp.asLong()),
        payload(type, payload));
  }

  private static WebhookPayload payload(String type, JsonNode payload) {
    try {
      switch (type) {
        case WebhookEvent.SUBSCRIPTION_CHANGED:
          return new WebhookPayload.SubscriptionChanged(number(payload, "id"),
              Json.mapper().treeToValue(payload.path("subscription"), Subscription.class));
        case WebhookEvent.DOCUMENT_GENERATED:
          return new WebhookPayload.DocumentGenerated(number(payload, "id"),
              number(payload, "employeeId"));
        default:
          return new WebhookPayload.Unrecognized(Json.mapper().convertValue(payload, FIELDS));
      }
    } catch (IOException e) {
      throw new InvalidWebhookException("payload.subscription of " + type + " is malformed: "
          + e.getMessage(), e);
    }
  }

  private static String text(JsonNode event, String name) {
    JsonNode value = event.path(name.substring(name.indexOf('.') + 1));
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InvalidWebhookException(name + " is missing or not text");
    }
    return value.asText();
  }

  private static long number(JsonNode payload, String field) {
    JsonNode value = payload.path(field);
    if (!value.canConvertToLong()) {
      throw new InvalidWebhookException(
          "payload." + field + " must be a number, was " + shown(value));
    }
    return value.asLong();
  }

  private static String shown(JsonNode value) {
    return value.isMissingNode() ? "missing" : value.toString();
  }
}
