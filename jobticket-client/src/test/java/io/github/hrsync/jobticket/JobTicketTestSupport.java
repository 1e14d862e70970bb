package io.github.hrsync.jobticket;

import io.github.hrsync.core.Secret;
import io.github.hrsync.testkit.VirtualClock;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.testing.WireMockSupport;

/** A JobTicket client against WireMock, on a fake clock so that no test waits for real. */
abstract class JobTicketTestSupport extends WireMockSupport {
  static final String KEY_ID = "f1b24afa-39c6-4cc2-b545-cfab6b687f6e";
  static final String KEY_SECRET = "sk_live_9f8e7d6c5b4a";
  /** Base64 of KEY_ID:KEY_SECRET. */
  static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString(
      (KEY_ID + ":" + KEY_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8));

  final VirtualClock clock = new VirtualClock();
  final Sleeper sleeper = Sleeper.virtual(clock, clock::sleepUntil);

  JobTicketClient.Builder builder() {
    return JobTicketClient.builder()
        .baseUrl(baseUrl())
        .credentials(KEY_ID, Secret.of(KEY_SECRET))
        .clock(clock)
        .sleeper(sleeper);
  }

  JobTicketClient client() {
    return builder().build();
  }

  static final String EMPLOYEE_42 = """
      {
        "id": 42,
        "firstName": "Anna",
        "lastName": "Müller",
        "email": "anna.mueller@example.com",
        "dateOfBirth": "1990-04-15",
        "profileImage": null,
        "resource": "employee",
        "subscription": {
          "status": "active",
          "startAt": "2024-01-01",
          "nextTicketAt": "2024-06-01",
          "pausedAt": null,
          "cancelledAt": null,
          "reactivatedAt": null
        },
        "plan": {
          "type": "split-pay-plan",
          "contractSigningStatus": "accepted",
          "employeeContributionAmount": { "label": "€29.00", "value": 29.00 }
        },
        "ticket": {
          "ticketId": "tkt_9Xk2mPqL",
          "ticketMonth": "2024-05",
          "validFrom": "2024-05-01",
          "validUntil": "2024-05-31",
          "links": {
            "apple": "https://wallet.example.com/apple/tkt_9Xk2mPqL",
            "google": "https://wallet.example.com/google/tkt_9Xk2mPqL"
          }
        },
        "hrIntergartionLinks": [
          {
            "type": "hr-integration",
            "hrId": "emp_HR_001",
            "hrIntegrationId": 7,
            "lastSyncId": "sync_abc123",
            "lastSynced": "2024-05-10T08:00:00Z"
          }
        ],
        "_links": {
          "self": { "href": "https://v1-api.ticket-plus.app/employees/42", "type": "application/json" },
          "employeeDocuments": { "href": "https://v1-api.ticket-plus.app/employees/42/documents", "type": "application/json" }
        }
      }""";

  static final String DOCUMENT_101 = """
      {
        "id": 101,
        "employeeId": 42,
        "documentName": "May 2024 Transit Invoice",
        "documentFileType": "pdf",
        "downloadable": true,
        "createdAt": "2024-05-01T09:00:00Z",
        "updatedAt": "2024-05-01T09:00:00Z",
        "resource": "employee-document",
        "_links": {
          "self": { "href": "https://v1-api.ticket-plus.app/employee-documents/101", "type": "application/json" },
          "employee": { "href": "https://v1-api.ticket-plus.app/employees/42", "type": "application/json" }
        }
      }""";

  static String single(String resource) {
    return "{\"data\":" + resource + "}";
  }

  static String listing(int page, int perPage, int totalPages, long total, String... items) {
    return "{\"data\":{\"data\":[" + String.join(",", items) + "],\"page\":" + page
        + ",\"perPage\":" + perPage + ",\"totalPages\":" + totalPages + ",\"total\":" + total
        + "}}";
  }

  /** A valid roster row with the given hrId. */
  static SyncEmployee syncEmployee(String hrId) {
    return SyncEmployee.builder(hrId).firstName("First " + hrId).lastName("Last")
        .email(hrId.replaceAll("[^A-Za-z0-9]", "") + "@example.com").build();
  }

  static String employee(long id, String hrId) {
    return "{\"id\":" + id + ",\"firstName\":\"E" + id + "\",\"lastName\":\"L\",\"email\":\"e"
        + id + "@example.com\",\"resource\":\"employee\",\"hrIntergartionLinks\":[{\"type\":"
        + "\"hr-integration\",\"hrId\":\"" + hrId + "\",\"hrIntegrationId\":7}],\"_links\":{}}";
  }
}
