package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Twenty new rows for people a target already has as records nobody manages, spelled a little
 * differently: detected as look-alikes, so the creates are refused and nothing is created.
 */
class LookalikeCreatesTest {
  private static final Instant NIGHT = Instant.parse("2026-06-01T02:00:00Z");
  /**
   * How an unmanaged record spells the last name the roster spells {@code Person}: a trailing
   * space, a no-break space, a Cyrillic {@code е}, a diacritic.
   */
  private static final List<String> SPELLINGS =
      List.of("Person ", "\u00a0Person", "Pеrson", "Pérson");

  private static Roster rosterWithTwentyNewcomers() {
    List<SourceEmployee> rows = new ArrayList<>(IntStream.rangeClosed(1, 200)
        .mapToObj(i -> SourceEmployee.builder("E" + i, "First" + i, "Last" + i,
            "e" + i + "@example.com").build()).toList());
    IntStream.rangeClosed(1, 20).forEach(i -> rows.add(SourceEmployee.builder("N" + i,
        "Newcomer" + i, "Person", "newcomer" + i + "@example.com").build()));
    return Roster.of(rows);
  }

  @Test
  void hrFeedUsersNobodyManagesWithLookAlikeNamesActiveOrNotAreNotDoubled() {
    try (SandboxWorld world = new SandboxWorld(NIGHT)) {
      SandboxTargets.hrFeedHas(world.sandbox, 1, 200);
      for (int i = 1; i <= 20; i++) {
        Map<String, Object> user = new HashMap<>(Map.of("firstName", "Newcomer" + i,
            "lastName", SPELLINGS.get(i % SPELLINGS.size()), "email",
            "private" + i + "@mail.example.org", "isActive", i % 5 != 0));
        world.sandbox.hrFeed().seed(user);
      }
      RosterSync sync = world.sync().hrFeed(world.hrFeed).build();

      SyncPlan plan = sync.plan(rosterWithTwentyNewcomers());
      SyncReport report = sync.apply(plan, Approvals.none());

      assertThat(plan.parts().get(0).verdict().breaches()).extracting(Breach::dimension)
          .containsExactly(Dimension.LOOKALIKES);
      assertThat(plan.parts().get(0).verdict().breaches().get(0).count()).isEqualTo(20);
      assertThat(report.outcomes().get(0).status()).isEqualTo(Status.REFUSED);
      assertThat(world.sandbox.hrFeed().users()).hasSize(220);
    }
  }

  @Test
  void jobTicketEmployeesOfAnotherIntegrationWithATaggedDottedOrSubdomainEmailAreNotDoubled() {
    try (SandboxWorld world = new SandboxWorld(NIGHT)) {
      SandboxTargets.jobTicketHas(world.sandbox, 1, 200);
      List<String> variants = List.of("newcomer%d+benefits@example.com",
          "new.comer%d@example.com", "newcomer%d@mail.example.com");
      for (int i = 1; i <= 20; i++) {
        world.sandbox.jobTicket().seedOtherIntegration("Newcomer" + i, "Person",
            String.format(variants.get(i % variants.size()), i));
      }
      RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).build();

      SyncPlan plan = sync.plan(rosterWithTwentyNewcomers());
      SyncReport report = sync.apply(plan, Approvals.none());

      assertThat(plan.parts().get(0).verdict().breaches()).extracting(Breach::dimension)
          .contains(Dimension.LOOKALIKES);
      assertThat(plan.parts().get(0).verdict().breaches()).filteredOn(breach ->
          breach.dimension() == Dimension.LOOKALIKES).singleElement()
          .extracting(Breach::count).isEqualTo(20);
      assertThat(report.outcomes().get(0).status()).isEqualTo(Status.REFUSED);
      assertThat(world.sandbox.jobTicket().syncIds()).isEmpty();
    }
  }
}
