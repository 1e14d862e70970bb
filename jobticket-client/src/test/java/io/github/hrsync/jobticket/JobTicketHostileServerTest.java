package io.github.hrsync.jobticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.testing.HostileServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JobTicket client against a server that lies about its pages or stalls its bodies. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JobTicketHostileServerTest {
  private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

  private static JobTicketClient client(HostileServer server) {
    return JobTicketClient.builder().baseUrl(server.baseUrl())
        .credentials(JobTicketTestSupport.KEY_ID, Secret.of(JobTicketTestSupport.KEY_SECRET))
        .attemptTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofSeconds(1)).build();
  }

  @Test
  void aListingThatClaimsAThousandMillionPagesStopsSoonAfterItsReportedTotal() throws Exception {
    try (HostileServer server = new HostileServer((request, out) -> {
      Matcher page = PAGE.matcher(request.target());
      int number = page.find() ? Integer.parseInt(page.group(1)) : 1;
      List<String> items = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        items.add(JobTicketTestSupport.employee(number * 10L + i, "h" + number + "-" + i));
      }
      HostileServer.write(out, 200, "application/json", JobTicketTestSupport.listing(number, 10,
          1_000_000_000, 50, items.toArray(String[]::new)));
    })) {
      assertThatThrownBy(() -> client(server).listEmployees().stream().count())
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("GET /employees")
          .hasMessageContaining("the server reported 50 items, yet after 7 pages");
      assertThat(server.requests()).hasSize(7);
    }
  }

  @Test
  void aSyncWhoseResponseStallsEndsAtTheCallDeadline() throws Exception {
    try (HostileServer server = new HostileServer((request, out) -> {
      out.write("HTTP/1.1 204 No Content\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(Long.MAX_VALUE); // the rest of the headers never come
    })) {
      assertThatThrownBy(() -> client(server).triggerSync(8, "sync-1",
          List.of(SyncEmployee.builder("E1").firstName("Anna").lastName("Andersson")
              .email("anna@example.com").build())))
          .isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void aHealthCheckWhoseBodyTricklesEndsAtTheCallDeadline() throws Exception {
    try (HostileServer server = new HostileServer(HostileServer.trickle())) {
      assertThatThrownBy(() -> client(server).health()).isInstanceOf(ApiTimeoutException.class);
    }
  }
}
