package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.testkit.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Five runs, a day apart, that each remove 19 % of what is left of 200 (130 in all), each under
 * the per-run limit, while the guard across runs is split, forgotten or misled. What the server
 * holds afterwards is asserted: JobTicket never loses more than the removal limit (40) without
 * an approval, since its own cancellation dates are read whatever the log; the HR Feed, which
 * dates nothing, is bounded wherever one log sees every run.
 */
class DripAttackTest extends NightlyWorldTest {
  /** The first row of each night's roster: 38, 31, 25, 20 and 16 leave, 19 % of the rest. */
  private static final int[] FROM = {39, 70, 95, 115, 131};


  /** Runs the five nights, night {@code n} through the sync {@code nightly} builds for it. */
  private void fiveNights(IntFunction<RosterSync> nightly) {
    SandboxTargets.jobTicketHas(world.sandbox, 1, 200);
    SandboxTargets.hrFeedHas(world.sandbox, 1, 200);
    for (int night = 0; night < FROM.length; night++) {
      world.clock.advance(Duration.ofDays(1));
      RosterSync sync = nightly.apply(night);
      sync.apply(sync.plan(SandboxTargets.roster(FROM[night], 200)), Approvals.none());
    }
  }

  private RosterSync.Builder both() {
    return world.sync().jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed);
  }

  private int offboardedOnJobTicket() {
    return 200 - world.sandbox.jobTicket().activeEmployees().size();
  }

  private long deactivatedOnHrFeed() {
    return world.sandbox.hrFeed().users().stream()
        .filter(user -> Boolean.FALSE.equals(user.get("isActive"))).count();
  }

  @Test
  void withoutARunLogJobTicketsOwnDatesStopTheDripAndTheHrFeedCanBeSetToRefuse() {
    fiveNights(night -> both().refuseRemovalsWithoutRunLog(true).build());

    assertThat(offboardedOnJobTicket()).isLessThanOrEqualTo(40);
    assertThat(deactivatedOnHrFeed()).isZero();
  }

  @Test
  void aRunLogDeletedBeforeEveryRunDoesNotForgetJobTicketsRemovals() {
    fiveNights(night -> both().runLog(FileRunLog.open(dir.resolve("log-" + night))).build());

    assertThat(offboardedOnJobTicket()).isLessThanOrEqualTo(40);
  }

  @Test
  void twoHostsWithALogEachDoNotSplitJobTicketsWindow() {
    fiveNights(night -> both().runLog(FileRunLog.open(dir.resolve("host-" + night % 2)))
        .build());

    assertThat(offboardedOnJobTicket()).isLessThanOrEqualTo(40);
  }

  @Test
  void aRotatedRunLogStillSeesEveryRunOfTheWindow() {
    RunLog tiny = FileRunLog.open(dir, 1024, 1);

    fiveNights(night -> both().runLog(tiny).build());

    assertThat(offboardedOnJobTicket()).isLessThanOrEqualTo(40);
    assertThat(deactivatedOnHrFeed()).isLessThanOrEqualTo(40);
  }

  @Test
  void aDryRunRecordedByAClockFortyDaysBehindDoesNotEndTheWindow() {
    RunLog log = FileRunLog.open(dir);
    Clock behind = new VirtualClock(Instant.parse("2026-04-22T02:00:00Z"));

    fiveNights(night -> {
      if (night > 0) {
        RosterSync late = RosterSync.builder().clock(behind).runLog(log)
            .jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();
        late.dryRun(late.plan(SandboxTargets.roster(FROM[night - 1], 200)), Approvals.none());
      }
      return both().runLog(log).build();
    });

    assertThat(offboardedOnJobTicket()).isLessThanOrEqualTo(40);
    assertThat(deactivatedOnHrFeed()).isLessThanOrEqualTo(40);
  }
}
