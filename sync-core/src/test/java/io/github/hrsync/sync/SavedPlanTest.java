package io.github.hrsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.hrfeed.UserPatch;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A plan saved today and applied tomorrow, as {@code terraform plan -out}: the loaded plan is the
 * same plan, sends exactly what was saved, and a target that moved since is stale and untouched.
 */
class SavedPlanTest {
  private static SourceEmployee person(int i, String lastName) {
    return SourceEmployee.builder("E" + i, "First" + i, lastName, "p" + i + "@example.com")
        .dateOfBirth(LocalDate.of(1980, 1, 1 + i % 28)).startDate(LocalDate.of(2020, 2, 1))
        .customFields(Map.of("costCenter", "CC-" + i)).build();
  }

  private static List<SourceEmployee> people(int count) {
    return new ArrayList<>(IntStream.rangeClosed(1, count).mapToObj(i -> person(i, "Last" + i))
        .toList());
  }

  private static byte[] saved(SyncPlan plan) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    plan.save(file);
    return file.toByteArray();
  }

  @Test
  void aSavedPlanLoadsAsTheSamePlanAndAppliesExactlyWhatWasSaved() {
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();
      List<SourceEmployee> people = people(10);
      sync.apply(sync.plan(Roster.of(people)), Approvals.none());
      people.set(1, person(2, "Married"));
      people.remove(9);
      people.add(person(11, "Last11"));
      SyncPlan plan = sync.plan(Roster.of(people));

      SyncPlan loaded = SyncPlan.load(new ByteArrayInputStream(saved(plan)));

      assertThat(loaded.render()).isEqualTo(plan.render());
      assertThat(loaded.toJson()).isEqualTo(plan.toJson());
      SyncReport report = sync.apply(loaded, Approvals.none());
      assertThat(report.outcomes()).extracting(o -> o.status())
          .containsExactly(Status.DONE, Status.DONE);
      SyncPlan again = sync.plan(Roster.of(people));
      assertThat(again.parts()).allSatisfy(part -> assertThat(part.plan().isEmpty()).isTrue());
      assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(10);
    }
  }

  @Test
  void aSavedPlanOfATargetThatChangedSinceIsStaleAndLeavesItUntouched() {
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();
      List<SourceEmployee> people = people(10);
      sync.apply(sync.plan(Roster.of(people)), Approvals.none());
      people.remove(9);
      byte[] file = saved(sync.plan(Roster.of(people)));
      world.sandbox.jobTicket().seed("E77", "New", "Hire", "new.hire@example.com", null);
      world.hrFeed.updateUserByExternalId("E1", UserPatch.builder().lastName("Renamed")
          .build());
      world.hrFeed.deleteUserByExternalId("E10");

      SyncReport report = sync.apply(SyncPlan.load(new ByteArrayInputStream(file)),
          Approvals.none());

      assertThat(report.outcomes()).extracting(o -> o.status())
          .containsExactly(Status.STALE, Status.STALE);
      assertThat(report.outcome(Target.JOBTICKET).orElseThrow().message())
          .contains("the plan is stale, nothing was sent");
      assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(11);
      assertThat(world.hrFeed.getUserByExternalId("E1").lastName()).isEqualTo("Renamed");
    }
  }

  @Test
  void aRefusedSavedPlanIsAppliedWithTheApprovalOfItsFingerprint() {
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().hrFeed(world.hrFeed).build();
      sync.apply(sync.plan(Roster.of(people(20))), Approvals.none());
      SyncPlan truncated = SyncPlan.load(new ByteArrayInputStream(
          saved(sync.plan(Roster.of(people(5))))));
      String fingerprint = truncated.plan(Target.HR_FEED).orElseThrow().fingerprint();

      assertThat(sync.apply(truncated, Approvals.none()).outcomes().get(0).status())
          .isEqualTo(Status.REFUSED);
      assertThat(sync.apply(truncated, Approvals.of(Target.HR_FEED, Approval.of(fingerprint)))
          .outcomes().get(0).status()).isEqualTo(Status.DONE);
    }
  }

  @Test
  void aChangeOnlyTheHrFeedSeesKeepsJobTicketsFingerprintAndSyncId() {
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();
      List<SourceEmployee> people = people(10);
      SyncPlan before = sync.plan(Roster.of(people));
      people.set(3, SourceEmployee.builder("E4", "First4", "Last4", "p4@example.com")
          .dateOfBirth(LocalDate.of(1980, 1, 5)).startDate(LocalDate.of(2020, 2, 1))
          .mobile("+46 70 000 00 04").customFields(Map.of("costCenter", "CC-999")).build());
      SyncPlan mobileOnly = sync.plan(Roster.of(people));
      people.set(3, person(4, "Renamed"));
      SyncPlan renamed = sync.plan(Roster.of(people));

      String jobTicket = before.plan(Target.JOBTICKET).orElseThrow().fingerprint();
      assertThat(mobileOnly.plan(Target.JOBTICKET).orElseThrow().fingerprint())
          .isEqualTo(jobTicket);
      assertThat(mobileOnly.plan(Target.HR_FEED).orElseThrow().fingerprint())
          .isNotEqualTo(before.plan(Target.HR_FEED).orElseThrow().fingerprint());
      assertThat(renamed.plan(Target.JOBTICKET).orElseThrow().fingerprint())
          .isNotEqualTo(jobTicket);
      assertThat(mobileOnly.rosterDigest()).isNotEqualTo(before.rosterDigest());
    }
  }

  @Test
  void aFileThatIsNotASavedPlanIsRefusedNamingWhy() throws Exception {
    assertThatThrownBy(() -> SyncPlan.load(new ByteArrayInputStream("{}".getBytes())))
        .isInstanceOf(InvalidPlanException.class).hasMessageContaining("not a saved plan");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("plan.json"));
      out.write(("{\"format\":\"hrsync.saved-plan.v1\",\"planId\":\"p\",\"rosterDigest\":\"d\","
          + "\"rosterRows\":1,\"parts\":[{\"target\":\"HR_FEED\",\"outOfScope\":0,"
          + "\"failure\":null,\"acrossRuns\":null}]}").getBytes());
    }
    assertThatThrownBy(() -> SyncPlan.load(new ByteArrayInputStream(zip.toByteArray())))
        .isInstanceOf(InvalidPlanException.class).hasMessageContaining("hrfeed.json is missing");
  }

  @Test
  void anEditedHrFeedPlanInsideTheFileIsRefused() throws Exception {
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().hrFeed(world.hrFeed).build();
      byte[] file = saved(sync.plan(Roster.of(people(3))));
      ByteArrayOutputStream edited = new ByteArrayOutputStream();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file));
          ZipOutputStream out = new ZipOutputStream(edited)) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(new String(in.readAllBytes()).replace("Last3", "Last4").getBytes());
        }
      }

      assertThatThrownBy(() -> SyncPlan.load(new ByteArrayInputStream(edited.toByteArray())))
          .isInstanceOf(InvalidPlanException.class).hasMessageContaining("the plan was edited");
    }
  }
}
