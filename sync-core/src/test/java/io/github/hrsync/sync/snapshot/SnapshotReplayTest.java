package io.github.hrsync.sync.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.PlannedOperation;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A snapshot taken from one sandbox through the clients, scrubbed, and loaded into a fresh
 * sandbox, gives the same plan for the same (equally scrubbed) roster: a surprising plan can be
 * reproduced offline without carrying personal data.
 */
class SnapshotReplayTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"),
      ZoneOffset.UTC);

  private static JobTicketClient jobTicket(Sandbox sandbox) {
    return JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
  }

  private static HrFeedClient hrFeed(Sandbox sandbox) {
    return HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
  }

  private static RosterSync sync(Sandbox sandbox) {
    return RosterSync.builder().clock(CLOCK).jobTicket(jobTicket(sandbox), 7)
        .hrFeed(hrFeed(sandbox)).build();
  }

  private static String snapshot(Sandbox sandbox, Scrubbing scrubbing) {
    StringWriter out = new StringWriter();
    Snapshot.write(jobTicket(sandbox), hrFeed(sandbox), scrubbing, out);
    return out.toString();
  }

  private static Roster roster(int from, int to, String lastNameOfFive) {
    List<SourceEmployee> rows = new ArrayList<>();
    IntStream.rangeClosed(from, to).forEach(i -> rows.add(SourceEmployee.builder("E" + i,
        "Anna" + i, i == 5 ? lastNameOfFive : "Berg" + i, "anna" + i + "@example.com")
        .mobile("+46 70 123 45 " + (10 + i)).build()));
    return Roster.of(rows);
  }

  /** What a plan does, without the values a scrubbing changes. */
  private static List<String> shape(SyncPlan plan) {
    List<String> shape = new ArrayList<>();
    JobTicketPlan replace = (JobTicketPlan) plan.plan(Target.JOBTICKET).orElseThrow();
    shape.add("jobticket +" + replace.added() + " ~" + replace.updated() + " -"
        + replace.offboarded().stream().map(JobTicketPlan.Offboarded::hrId).toList()
        + " verdict " + replace.verdict().allowed());
    HrFeedPlan changes = (HrFeedPlan) plan.plan(Target.HR_FEED).orElseThrow();
    for (PlannedOperation op : changes.operations()) {
      shape.add("hrfeed " + op.kind() + " " + op.externalId() + " " + op.userId() + " "
          + op.changes().stream().map(change -> change.field().wireName()).toList());
    }
    shape.add("hrfeed verdict " + changes.verdict().allowed());
    return shape;
  }

  @Test
  void aScrubbedSnapshotLoadedIntoAFreshSandboxGivesTheSamePlanWithoutThePersonalData()
      throws Exception {
    Scrubbing scrubbing = Scrubbing.withSalt("a secret of the operator's");
    String snapshot;
    SyncPlan original;
    try (Sandbox account = Sandbox.start(SandboxFaults.none())) {
      RosterSync sync = sync(account);
      sync.apply(sync.plan(roster(1, 20, "Berg5")), Approvals.none());
      account.hrFeed().seed(Map.of("firstName", "Admin", "lastName", "Agency",
          "email", "admin@agency.example", "isActive", true));
      original = sync.plan(roster(3, 24, "Married5"));
      snapshot = snapshot(account, scrubbing);
    }

    SyncPlan replayed;
    try (Sandbox offline = Sandbox.start(SandboxFaults.none())) {
      offline.load(new StringReader(snapshot));
      replayed = sync(offline).plan(scrubbing.roster(roster(3, 24, "Married5")));
    }

    assertThat(shape(replayed)).isEqualTo(shape(original));
    assertThat(shape(original)).anyMatch(line -> line.startsWith("hrfeed DEACTIVATE E1"))
        .anyMatch(line -> line.startsWith("hrfeed UPDATE E5") && line.contains("lastName"));
    assertThat(snapshot).contains("\"hrIntergartionLinks\"").contains("\"E5\"")
        .doesNotContain("Anna", "Berg", "Married", "anna", "example.com", "+46", "Admin");
  }

  @Test
  void anUnscrubbedSnapshotKeepsTheValues() throws Exception {
    try (Sandbox account = Sandbox.start(SandboxFaults.none())) {
      RosterSync sync = sync(account);
      sync.apply(sync.plan(roster(1, 3, "Berg5")), Approvals.none());

      assertThat(snapshot(account, Scrubbing.none())).contains("\"anna1@example.com\"")
          .contains("\"format\" : \"hrsync.sandbox-snapshot.v1\"");
    }
  }
}
