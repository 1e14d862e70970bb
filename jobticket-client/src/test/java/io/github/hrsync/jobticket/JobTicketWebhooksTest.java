package io.github.hrsync.jobticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobTicketWebhooksTest {

  private static WebhookEvent parse(String json) {
    return JobTicketWebhooks.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void parsesTheDocumentedSubscriptionChangedExample() {
    WebhookEvent event = parse("""
        {
          "event": {
            "id": "5abc1524-41f1-4454-9245-0ceb7b0d6382",
            "type": "employee-subscription-changed",
            "timestamp": 1778662082
          },
          "payload": {
            "id": 4443,
            "resource": "employee",
            "subscription": {
              "status": "scheduled-pause",
              "startAt": "2026-05-01",
              "pausedAt": "2026-06-01",
              "cancelledAt": null,
              "nextTicketAt": null,
              "reactivatedAt": null
            }
          }
        }""");

    assertThat(event.id()).isEqualTo("5abc1524-41f1-4454-9245-0ceb7b0d6382");
    assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1778662082));
    assertThat(event.payload()).isEqualTo(new WebhookPayload.SubscriptionChanged(4443,
        new Subscription(SubscriptionStatus.SCHEDULED_PAUSE, LocalDate.of(2026, 5, 1), null,
            LocalDate.of(2026, 6, 1), null, null)));
  }

  @Test
  void parsesANewDocumentEvent() {
    WebhookEvent event = parse("{\"event\":{\"id\":\"e1\",\"type\":"
        + "\"new-employee-document-generated\",\"timestamp\":1},\"payload\":{\"id\":101,"
        + "\"employeeId\":42,\"extra\":\"ignored\"}}");

    assertThat(event.payload()).isEqualTo(new WebhookPayload.DocumentGenerated(101, 42));
  }

  @Test
  void keepsUnknownEventTypesInsteadOfFailing() {
    WebhookEvent event = parse("{\"event\":{\"id\":\"e2\",\"type\":\"hr-sync-finished\","
        + "\"timestamp\":5},\"payload\":{\"syncId\":\"s-1\",\"count\":3}}");

    assertThat(event.type()).isEqualTo("hr-sync-finished");
    assertThat(event.payload()).isInstanceOfSatisfying(WebhookPayload.Unrecognized.class,
        p -> assertThat(p.fields()).containsEntry("syncId", "s-1").containsEntry("count", 3));
  }

  @Test
  void malformedDeliveriesNameTheFieldAtFault() {
    assertThatThrownBy(() -> parse("not json"))
        .isInstanceOf(InvalidWebhookException.class).hasMessageStartingWith("webhook body is not JSON");
    assertThatThrownBy(() -> parse("{\"event\":{\"type\":\"x\",\"timestamp\":1},\"payload\":{}}"))
        .hasMessage("event.id is missing or not text");
    assertThatThrownBy(() -> parse("{\"event\":{\"id\":\"a\",\"type\":\"x\",\"timestamp\":\"soon\"},"
        + "\"payload\":{}}"))
        .hasMessage("event.timestamp must be Unix seconds, was \"soon\"");
    assertThatThrownBy(() -> parse("{\"event\":{\"id\":\"a\",\"type\":"
        + "\"new-employee-document-generated\",\"timestamp\":1},\"payload\":{\"id\":1}}"))
        .hasMessage("payload.employeeId must be a number, was missing");
  }
}
