package io.github.hrsync.sync.jobticket;

import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.Secret;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.testing.HostileServer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A JobTicket listing whose pages leave out what proves it complete ends with a typed error
 * naming the field, and the roster replace sends nothing: a listing that stopped after page 1
 * would make the replace offboard every linked employee on the pages not read.
 */
class JobTicketListingCompletenessTest {
  private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

  /** 1,000 employees linked to integration 7, 100 a page, each page's JSON from {@code meta}. */
  private static HostileServer jobTicket(IntFunction<String> meta, IntFunction<String> id)
      throws Exception {
    return new HostileServer(IntegrationAnswer.then((request, out) -> {
      Matcher number = PAGE.matcher(request.target());
      int n = number.find() ? Integer.parseInt(number.group(1)) : 1;
      String items = String.join(",", IntStream.range((n - 1) * 100, n * 100)
          .mapToObj(i -> "{" + id.apply(i) + "\"email\":\"e" + i + "@example.com\","
              + "\"hrIntergartionLinks\":[{\"type\":\"hr-integration\",\"hrId\":\"E" + i
              + "\",\"hrIntegrationId\":7}]}")
          .toList());
      HostileServer.write(out, 200, "application/json",
          "{\"data\":{\"data\":[" + items + "]" + meta.apply(n) + "}}");
    }));
  }

  private static Roster roster(int size) {
    return Roster.of(IntStream.range(0, size).mapToObj(i -> SourceEmployee.builder("E" + i,
        "First" + i, "Last" + i, "e" + i + "@example.com").build()).toList());
  }

  private static JobTicketSync sync(HostileServer server) {
    JobTicketClient client = JobTicketClient.builder().baseUrl(server.baseUrl())
        .credentials("key", Secret.of("secret-1234")).build();
    return new JobTicketSync(client, 7, SafetyGuard.defaults(),
        TestClock.CLOCK);
  }

  @Test
  void pagesWithoutTotalPagesEndThePreviewWithTheFieldNamedAndNothingIsSent() throws Exception {
    try (HostileServer server = jobTicket(n -> ",\"page\":" + n + ",\"perPage\":100,"
        + "\"total\":1000", i -> "\"id\":" + (i + 1) + ",")) {
      JobTicketSync sync = sync(server);

      assertThatThrownBy(() -> sync.plan(roster(95)))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("required field 'totalPages' is missing");
      assertThat(server.requests()).isNotEmpty().allMatch(r -> r.method().equals("GET"));
    }
  }

  @Test
  void nullPagingFieldsAreRefusedNotReadAsZero() throws Exception {
    try (HostileServer server = jobTicket(n -> ",\"page\":" + n + ",\"perPage\":100,"
        + "\"totalPages\":null,\"total\":null", i -> "\"id\":" + (i + 1) + ",")) {
      assertThatThrownBy(() -> sync(server).plan(roster(95)))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("a required field is null at $.data.totalPages");
    }
  }

  @Test
  void anEmployeeWithoutAnIdIsATypedErrorNamingTheRecordNotEmployeeZero() throws Exception {
    try (HostileServer server = jobTicket(n -> ",\"page\":" + n + ",\"perPage\":100,"
        + "\"totalPages\":10,\"total\":1000", i -> i == 3 ? "" : "\"id\":" + (i + 1) + ",")) {
      assertThatThrownBy(() -> sync(server).plan(roster(1_000)))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("required field 'id' is missing at $.data.data[3]");
      assertThat(server.requests()).allMatch(r -> r.method().equals("GET"));
    }
  }

  @Test
  void anEmployeeWithANullIdIsATypedErrorNamingTheRecord() throws Exception {
    try (HostileServer server = jobTicket(n -> ",\"page\":" + n + ",\"perPage\":100,"
        + "\"totalPages\":10,\"total\":1000", i -> "\"id\":" + (i == 3 ? "null" : i + 1) + ",")) {
      assertThatThrownBy(() -> sync(server).plan(roster(1_000)))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("a required field is null at $.data.data[3].id");
    }
  }
}
