package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.VirtualClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A company of 40 that keeps its leavers in the export, two new ones a month, for a year: the
 * sandbox offboards each once, the next plan shows no change, and the guard never refuses (the
 * sandbox used to keep such rows active, so the SDK saw every old leaver as a removal again).
 */
class SmallCompanyLeaversTest {
  private final SandboxWorld world = new SandboxWorld(LocalDate.of(2026, 1, 15).atTime(8, 0).toInstant(ZoneOffset.UTC));
  private final VirtualClock clock = world.clock;
  private final Sandbox sandbox = world.sandbox;
  private final JobTicketClient jobTicket = world.jobTicket;

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void twoNewLeaversKeptInTheExportEveryMonthAreOffboardedOnceAndNeverRefused() {
    List<SourceEmployee> rows = new ArrayList<>(IntStream.rangeClosed(1, 40).mapToObj(i ->
        SourceEmployee.builder("E" + i, "F" + i, "L" + i, "e" + i + "@example.com").build())
        .toList());
    RosterSync sync = RosterSync.builder().clock(clock).jobTicket(jobTicket, 7).build();
    assertThat(sync.apply(sync.plan(Roster.of(rows, clock)), Approvals.none()).succeeded())
        .isTrue();

    for (int month = 1; month <= 12; month++) {
      LocalDate today = LocalDate.of(2026, 1, 15).plusMonths(month);
      clock.advanceTo(today.atTime(8, 0).toInstant(ZoneOffset.UTC));
      for (int leaver : new int[] {2 * month - 1, 2 * month}) {
        rows.set(leaver - 1, rows.get(leaver - 1).toBuilder()
            .terminationDate(today.withDayOfMonth(1).minusDays(1)).build());
      }
      rows.add(SourceEmployee.builder("N" + month, "New", "Hire" + month,
          "n" + month + "@example.com").build());

      SyncPlan plan = sync.plan(Roster.of(rows, clock));
      TargetPlan replace = plan.parts().get(0).plan();
      SyncReport report = sync.apply(plan, Approvals.none());
      TargetPlan again = sync.plan(Roster.of(rows, clock)).parts().get(0).plan();

      assertThat(replace).isNotNull();
      assertThat(replace.removals()).as("month %d: only this month's leavers", month)
          .isEqualTo(2);
      assertThat(report.succeeded()).as("month %d: %s", month, report.render()).isTrue();
      assertThat(again).isNotNull();
      assertThat(again.isEmpty()).as("month %d plans again:%n%s", month, again.render())
          .isTrue();
    }
    assertThat(sandbox.jobTicket().activeEmployees()).hasSize(40 - 24 + 12);
  }
}
