package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.VirtualClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A year of ordinary monthly life for a company of 200, against the sandbox through the one
 * sync: hires, name and e-mail changes, leavers kept in the export with a past terminationDate
 * and leavers dropped from it, rehires, and one month in which a tenth of the company moves to
 * a new e-mail domain. Every month applies without approval, and the next plan shows no change
 * on either target.
 */
class MonthlyLifeTest {
  private final SandboxWorld world = new SandboxWorld(LocalDate.of(2026, 1, 15).atTime(8, 0).toInstant(ZoneOffset.UTC));
  private final VirtualClock clock = world.clock;
  private final Sandbox sandbox = world.sandbox;
  private final JobTicketClient jobTicket = world.jobTicket;
  private final HrFeedClient hrFeed = world.hrFeed;

  /** One person of the company as the HR export has them. */
  private record Person(String hrId, String first, String last, String email,
      LocalDate terminationDate, boolean inFile) {
    SourceEmployee row() {
      return SourceEmployee.builder(hrId, first, last, email).terminationDate(terminationDate)
          .build();
    }
  }

  private final Map<String, Person> company = new LinkedHashMap<>();
  private final List<String> dropped = new ArrayList<>();
  private int next = 1;

  @AfterEach
  void stop() {
    world.close();
  }

  private void hire() {
    int i = next++;
    company.put("E" + i, new Person("E" + i, "Anna" + i, "Berg" + i, "anna" + i + "@example.com",
        null, true));
  }

  private List<Person> active() {
    return company.values().stream().filter(p -> p.inFile() && p.terminationDate() == null)
        .toList();
  }

  private Roster export() {
    return Roster.of(company.values().stream().filter(Person::inFile).map(Person::row)
        .toList(), clock);
  }

  /** A month of life: hires, changes, leavers (kept and dropped), now and then a rehire. */
  private void monthOfLife(int month, LocalDate today) {
    hire();
    hire();
    hire();
    List<Person> active = active();
    Person marries = active.get(month * 7 % active.size());
    company.put(marries.hrId(), new Person(marries.hrId(), marries.first(), "Wed" + month,
        marries.email(), null, true));
    Person newMail = active.get(month * 11 % active.size());
    company.put(newMail.hrId(), new Person(newMail.hrId(), newMail.first(), newMail.last(),
        "new" + month + "." + newMail.email(), null, true));
    Person kept = active.get(month * 13 % active.size());
    company.put(kept.hrId(), new Person(kept.hrId(), kept.first(), kept.last(), kept.email(),
        today.withDayOfMonth(1).minusDays(1), true));
    Person gone = active.get((month * 17 + 1) % active.size());
    company.put(gone.hrId(), new Person(gone.hrId(), gone.first(), gone.last(), gone.email(),
        null, false));
    dropped.add(gone.hrId());
    if (month % 3 == 0) {
      Person back = company.get(dropped.remove(0));
      company.put(back.hrId(), new Person(back.hrId(), back.first(), back.last(), back.email(),
          null, true));
    }
    if (month == 6) {
      active().stream().limit(active().size() / 10).forEach(p -> company.put(p.hrId(),
          new Person(p.hrId(), p.first(), p.last(), p.email().replace("@example.com",
              "@newco.example"), null, true)));
    }
  }

  @Test
  void twelveMonthsOfNormalLifeApplyWithoutApprovalAndConvergeEveryMonth() {
    for (int i = 0; i < 200; i++) {
      hire();
    }
    RosterSync sync = RosterSync.builder().clock(clock).jobTicket(jobTicket, 7).hrFeed(hrFeed)
        .build();
    assertThat(sync.apply(sync.plan(export()), Approvals.none()).succeeded()).isTrue();

    for (int month = 1; month <= 12; month++) {
      LocalDate today = LocalDate.of(2026, 1, 15).plusMonths(month);
      clock.advanceTo(today.atTime(8, 0).toInstant(ZoneOffset.UTC));
      monthOfLife(month, today);

      SyncPlan plan = sync.plan(export());
      SyncReport report = sync.apply(plan, Approvals.none());
      SyncPlan again = sync.plan(export());

      assertThat(report.outcomes()).as("month %d: %s", month, report.render())
          .extracting(TargetOutcome::status).containsExactly(Status.DONE, Status.DONE);
      for (SyncPlan.Part part : again.parts()) {
        TargetPlan next = part.plan();
        assertThat(next).isNotNull();
        assertThat(next.isEmpty()).as("month %d, %s plans again:%n%s", month,
            part.target().displayName(), next.render()).isTrue();
      }
    }
    assertThat(sandbox.jobTicket().activeEmployees()).hasSize(active().size());
  }
}
