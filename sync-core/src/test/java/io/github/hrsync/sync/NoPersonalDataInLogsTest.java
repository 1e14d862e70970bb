package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testing.LogCapture;
import io.github.hrsync.testkit.SandboxFaults;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run of both targets, with retries, a refusal, an approval and a run log, logged at
 * level ALL: no record carries a name, an e-mail, a date of birth or a mobile; keys (hrIds) and
 * field names only, as in the run log.
 */
class NoPersonalDataInLogsTest {
  @TempDir
  Path dir;

  private static SourceEmployee person(int i) {
    return SourceEmployee.builder("E" + i, "Firstname" + i, "Lastname" + i,
            "person" + i + "@example.com").dateOfBirth(LocalDate.of(1981, 2, 3).plusDays(i))
        .mobile("+46 70 " + (5550000 + i)).build();
  }

  @Test
  void noLogRecordAtAnyLevelCarriesAPersonsData() {
    List<SourceEmployee> people = IntStream.rangeClosed(1, 40).mapToObj(
        NoPersonalDataInLogsTest::person).toList();
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"));
        LogCapture logs = new LogCapture()) {
      RosterSync sync = world.sync().runLog(FileRunLog.open(dir)).recordValues(false)
          .jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();
      sync.apply(sync.plan(Roster.of(people)), Approvals.none());
      world.sandbox.injectFaults(new SandboxFaults(0, 3, Duration.ZERO));
      world.clock.advance(Duration.ofDays(1));
      List<SourceEmployee> changed = new ArrayList<>(people.subList(0, 20));
      changed.replaceAll(row -> SourceEmployee.builder(row.hrId(), row.lastName(),
          row.firstName(), row.email()).build());
      SyncReport refused = sync.apply(sync.plan(Roster.of(changed)), Approvals.none());
      sync.apply(sync.plan(Roster.of(changed)), RefusedPlans.approved(refused));

      String logged = logs.text();
      assertThat(logged).as("the run was logged").isNotEmpty();
      for (SourceEmployee row : people) {
        assertThat(logged).doesNotContain(row.email()).doesNotContain(row.firstName())
            .doesNotContain(row.lastName()).doesNotContain(String.valueOf(row.dateOfBirth()))
            .doesNotContain(String.valueOf(row.mobile()));
      }
    }
  }
}
