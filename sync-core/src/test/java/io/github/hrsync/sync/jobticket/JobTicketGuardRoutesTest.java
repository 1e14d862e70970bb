package io.github.hrsync.sync.jobticket;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrsync.core.Secret;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.testing.HostileServer;
import io.github.hrsync.jobticket.JobTicketClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each route by which a roster replace could offboard people without an approval, closed. */
class JobTicketGuardRoutesTest {
  private final FakeJobTicketClient jobTicket = new FakeJobTicketClient(7);

  private JobTicketSync sync(long integrationId) {
    return new JobTicketSync(jobTicket, integrationId, SafetyGuard.defaults(),
        TestClock.CLOCK);
  }

  private void employees(int count) {
    for (int i = 1; i <= count; i++) {
      jobTicket.add(hrId(i), "First" + i, "Last" + i, "e" + i + "@example.com");
    }
  }

  private static String hrId(int i) {
    return String.format("E%04d", i);
  }

  private static SourceEmployee.Builder row(int i) {
    return SourceEmployee.builder(hrId(i), "First" + i, "Last" + i, "e" + i + "@example.com");
  }

  private static Roster roster(int from, int to) {
    return Roster.of(IntStream.rangeClosed(from, to).mapToObj(i -> row(i).build()).toList());
  }

  @Test
  void route2PastTerminationDatesCountAsOffboardingsAndAreRefused() {
    employees(1_000);
    Roster allLeaving = Roster.of(IntStream.rangeClosed(1, 1_000).mapToObj(i -> row(i)
        .startDate(LocalDate.of(1999, 1, 1)).terminationDate(LocalDate.of(2000, 1, 1)).build())
        .toList());

    JobTicketPlan preview = sync(7).plan(allLeaving);
    GuardRefusedException refused = catchThrowableOfType(
        GuardRefusedException.class, () -> sync(7).apply(preview));

    assertThat(preview.offboarded()).hasSize(1_000);
    assertThat(preview.offboarded().get(0).reason())
        .isEqualTo("terminationDate 2000-01-01 is not after today 2026-06-15");
    assertThat(refused).hasMessageStartingWith("refusing to offboard 1000 of 1000");
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void aTerminationDateStillAheadIsNoRemovalYet() {
    employees(10);
    List<SourceEmployee> rows = new ArrayList<>(roster(1, 10).employees());
    rows.set(0, rows.get(0).toBuilder().terminationDate(FakeJobTicketClient.TODAY.plusDays(1))
        .build());

    assertThat(sync(7).plan(Roster.of(rows)).offboarded()).isEmpty();
  }

  @Test
  void route3AListingThatEndsShortOfItsTotalIsRefusedNotReadAsASmallerCompany()
      throws Exception {
    Pattern page = Pattern.compile("[?&]page=(\\d+)");
    try (HostileServer server = new HostileServer(IntegrationAnswer.then((request, out) -> {
      Matcher number = page.matcher(request.target());
      int n = number.find() ? Integer.parseInt(number.group(1)) : 1;
      StringBuilder items = new StringBuilder();
      for (int i = 0; n == 1 && i < 100; i++) {
        items.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1)
            .append(",\"email\":\"e").append(i).append("@example.com\"}");
      }
      HostileServer.write(out, 200, "application/json", "{\"data\":{\"data\":[" + items
          + "],\"page\":" + n + ",\"perPage\":100,\"totalPages\":" + n + ",\"total\":1000}}");
    }))) {
      JobTicketClient client = JobTicketClient.builder().baseUrl(server.baseUrl())
          .credentials("key", Secret.of("secret-1234")).build();
      JobTicketSync truncatedListing = new JobTicketSync(client, 7,
          SafetyGuard.defaults(), TestClock.CLOCK);

      assertThatThrownBy(() -> truncatedListing.plan(roster(1, 100)))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("the server reported 1000 items, but the listing ended after 100");
      assertThat(server.requests()).allMatch(r -> r.method().equals("GET"));
    }
  }

  @Test
  void route4APreviewMadeBeforeJobTicketGrewIsStaleAtSend() {
    employees(100);
    JobTicketPlan preview = sync(7).plan(roster(1, 100));
    for (int i = 101; i <= 1_000; i++) {
      jobTicket.add(hrId(i), "First" + i, "Last" + i, "e" + i + "@example.com");
    }

    assertThatThrownBy(() -> sync(7).apply(preview))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("1000 current employees, 900 to offboard; the plan said 100 "
            + "and 0");
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void route5AnApprovalForOneIntegrationDoesNotPassAnother() {
    employees(100);
    Roster truncated = roster(1, 50);
    JobTicketPlan eight = sync(8).plan(truncated);
    JobTicketPlan nine = sync(9).plan(truncated);

    assertThat(nine.fingerprint()).isNotEqualTo(eight.fingerprint());
    assertThat(nine.syncId()).isNotEqualTo(eight.syncId());
    assertThatThrownBy(() -> sync(9).apply(nine, approved(eight.fingerprint())))
        .isInstanceOf(GuardRefusedException.class);
    assertThatThrownBy(() -> sync(9).apply(eight, approved(eight.fingerprint())))
        .isInstanceOf(StalePlanException.class).hasMessageContaining("integration 8");
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void route6AHandBuiltPreviewIsRecheckedAndItsClaimsIgnored() {
    employees(100);
    JobTicketPlan real = sync(7).plan(roster(1, 10));
    JobTicketPlan forgedCounts = new JobTicketPlan(7, real.syncId(), real.fingerprint(), 100000,
        List.of(), List.of(), List.of(), real.payload(), Verdict.ALLOWED, List.of(), List.of());
    JobTicketPlan forgedPayload = new JobTicketPlan(7, real.syncId(), real.fingerprint(), 100,
        List.of(), List.of(), List.of(), real.payload().subList(0, 5), Verdict.ALLOWED, List.of(),
        List.of());

    assertThatThrownBy(() -> sync(7).apply(forgedCounts))
        .isInstanceOf(GuardRefusedException.class)
        .hasMessageStartingWith("refusing to offboard 90 of 100");
    assertThatThrownBy(() -> sync(7).apply(forgedPayload))
        .isInstanceOf(StalePlanException.class);
    assertThat(jobTicket.syncIds()).isEmpty();
  }

  @Test
  void route12EmployeesJobTicketAlreadyOffboardedAreNotCountedAgain() {
    employees(50);
    sync(7).apply(sync(7).plan(roster(1, 41))); // 9 leave: within min(20 %, 500)

    JobTicketPlan again = sync(7).plan(roster(1, 41));
    JobTicketPlan eightMore = sync(7).plan(roster(1, 33));
    sync(7).apply(eightMore);

    assertThat(again.offboarded()).isEmpty();
    assertThat(again.currentCount()).isEqualTo(41);
    assertThat(eightMore.summary()).contains("8 to offboard (of 41 now)");
    assertThat(jobTicket.activeEmployees()).hasSize(33);
  }

  private static Approvals approved(String fingerprint) {
    return Approvals.of(Target.JOBTICKET, Approval.of(fingerprint));
  }
}
