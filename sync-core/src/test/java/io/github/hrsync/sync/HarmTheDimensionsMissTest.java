package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.jobticket.JobTicketOptions;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.SandboxReadings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Harm each dimension alone let through: a lost column of dates of birth, a termination date
 * on every row that a JobTicket may act on at once, and several dimensions each just under its
 * limit that together change half the company.
 */
class HarmTheDimensionsMissTest {
  private static final Instant NIGHT = Instant.parse("2026-06-01T02:00:00Z");

  private static Roster roster(java.util.function.IntFunction<SourceEmployee> row) {
    return Roster.of(IntStream.rangeClosed(1, 200).mapToObj(row).toList());
  }

  private static SourceEmployee.Builder person(int i) {
    return SourceEmployee.builder("E" + i, "First" + i, "Last" + i, "e" + i + "@example.com");
  }

  private static Status status(SyncReport report) {
    return report.outcomes().get(0).status();
  }

  @Test
  void anExportThatLostItsDatesOfBirthIsRefusedAsRewrites() {
    try (SandboxWorld world = new SandboxWorld(NIGHT)) {
      IntStream.rangeClosed(1, 200).forEach(i -> world.sandbox.jobTicket().seed("E" + i,
          "First" + i, "Last" + i, "e" + i + "@example.com", LocalDate.of(1980, 1, 1)
              .plusDays(i)));
      RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).build();

      SyncReport report = sync.apply(sync.plan(roster(i -> person(i).build())),
          Approvals.none());

      assertThat(status(report)).isEqualTo(Status.REFUSED);
      assertThat(report.outcomes().get(0).message()).startsWith("refusing to rewrite the name, "
          + "e-mail or birth date of 200 of 200 current records");
      assertThat(world.sandbox.jobTicket().syncIds()).isEmpty();
    }
  }

  @ParameterizedTest(name = "JobTicket offboards at once on a future date: {0}")
  @ValueSource(booleans = {false, true})
  void aTerminationDateTomorrowOnEveryRowIsRefusedUnderTheHarmfulReading(
      boolean offboardsAtOnce) {
    try (SandboxWorld world = new SandboxWorld(NIGHT, SandboxReadings.defaults()
        .withFutureTerminationOffboardsNow(offboardsAtOnce))) {
      SandboxTargets.jobTicketHas(world.sandbox, 1, 200);
      Roster everyoneLeaving = roster(i -> person(i).terminationDate(LocalDate.of(2026, 6, 2))
          .build());
      RosterSync harmful = world.sync().jobTicket(world.jobTicket, 7).build();

      SyncPlan plan = harmful.plan(everyoneLeaving);
      SyncReport report = harmful.apply(plan, Approvals.none());

      assertThat(status(report)).isEqualTo(Status.REFUSED);
      assertThat(plan.render()).contains("200 current employee(s) have a terminationDate still "
          + "ahead; the guard counts them as removals");
      assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(200);
      RosterSync mild = world.sync().jobTicket(world.jobTicket, 7).jobTicketOptions(
          JobTicketOptions.defaults().withFutureTerminationWaits(true)).build();
      assertThat(mild.plan(everyoneLeaving).parts().get(0).verdict().allowed())
          .as("the mild reading, asked for").isTrue();
    }
  }

  @Test
  void removalsRenamesAndReactivationsEachUnderTheirLimitsAreRefusedTogether() {
    try (SandboxWorld world = new SandboxWorld(NIGHT)) {
      IntStream.rangeClosed(1, 200).forEach(i -> world.sandbox.hrFeed().seed(Map.of(
          "externalId", "E" + i, "firstName", "First" + i, "lastName", "Last" + i, "email",
          "e" + i + "@example.com", "isActive", i <= 182)));
      // 36 of the 182 active leave (19.8 %), 45 marry (24.7 %), 18 come back (9.9 %)
      Roster roster = Roster.of(IntStream.rangeClosed(1, 200).filter(i -> i > 36)
          .mapToObj(i -> SourceEmployee.builder("E" + i, "First" + i,
              i <= 81 ? "Married" + i : "Last" + i, "e" + i + "@example.com").build())
          .toList());
      RosterSync sync = world.sync().hrFeed(world.hrFeed).build();

      SyncPlan plan = sync.plan(roster);
      SyncReport report = sync.apply(plan, Approvals.none());

      assertThat(plan.parts().get(0).verdict().breaches()).extracting(Breach::dimension)
          .containsExactly(Dimension.COMBINED);
      assertThat(status(report)).isEqualTo(Status.REFUSED);
      assertThat(report.outcomes().get(0).message()).startsWith("refusing to remove, rewrite or "
          + "reactivate 99 of 182 current records (54 %): the limit is 54");
      assertThat(world.sandbox.hrFeed().users()).filteredOn(user -> Boolean.TRUE.equals(
          user.get("isActive"))).hasSize(182);
      assertThat(report.outcomes()).extracting(TargetOutcome::applied).containsExactly(0);
    }
  }
}
