package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.SandboxReadings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Five employees under notice (a terminationDate three weeks ahead) converge: the second plan
 * has no changes, whether JobTicket waits for the date or offboards as soon as it is sent.
 */
class NoticeConvergenceTest {
  private static final Instant NIGHT = Instant.parse("2026-06-01T02:00:00Z");

  private static Roster fiveUnderNotice() {
    LocalDate leaving = LocalDate.of(2026, 6, 22);
    return Roster.of(IntStream.rangeClosed(1, 50).mapToObj(i -> SourceEmployee.builder("E" + i,
            "First" + i, "Last" + i, "e" + i + "@example.com")
        .terminationDate(i > 45 ? leaving : null).build()).toList());
  }

  @ParameterizedTest(name = "JobTicket offboards at once on a future date: {0}")
  @ValueSource(booleans = {false, true})
  void threeRunsWithFiveUnderNoticeConverge(boolean offboardsAtOnce) {
    try (SandboxWorld world = new SandboxWorld(NIGHT, SandboxReadings.defaults()
        .withFutureTerminationOffboardsNow(offboardsAtOnce))) {
      SandboxTargets.jobTicketHas(world.sandbox, 1, 50);
      SandboxTargets.hrFeedHas(world.sandbox, 1, 50);
      RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();

      SyncReport first = sync.apply(sync.plan(fiveUnderNotice()), Approvals.none());
      world.clock.advance(Duration.ofDays(1));
      SyncPlan second = sync.plan(fiveUnderNotice());
      sync.apply(second, Approvals.none());
      world.clock.advance(Duration.ofDays(1));
      SyncPlan third = sync.plan(fiveUnderNotice());

      assertThat(first.outcomes()).extracting(TargetOutcome::status)
          .containsOnly(Status.DONE, Status.NO_CHANGES);
      assertThat(second.parts()).allSatisfy(part -> assertThat(part.plan().isEmpty())
          .as(part.plan().render()).isTrue());
      assertThat(third.parts()).extracting(SyncPlan.Part::plan).allMatch(TargetPlan::isEmpty);
      assertThat(second.render()).doesNotContain("+ add");
      if (offboardsAtOnce) {
        assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(45);
        assertThat(second.render()).contains("5 employee(s) with a terminationDate still ahead are "
                + "offboarded by JobTicket already: it acted on the date before the day; they "
                + "are left as they are, not added again");
      } else {
        assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(50);
      }
    }
  }
}
