package io.github.hrsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A pipeline reads a plan as JSON: per target its counts, fingerprint, verdict with every
 * breach, and operations by key with the fields they set; never a person's data.
 */
class SyncPlanJsonTest {
  private static SourceEmployee person(int i, String lastName) {
    return SourceEmployee.builder("E" + i, "First" + i, lastName, "p" + i + "@example.com")
        .build();
  }

  @Test
  void thePlansJsonHasEveryTargetsCountsVerdictAndOperationsByKeyAndNoPersonalData()
      throws Exception {
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().jobTicket(world.jobTicket, 7).hrFeed(world.hrFeed).build();
      List<SourceEmployee> people = new ArrayList<>(IntStream.rangeClosed(1, 10)
          .mapToObj(i -> person(i, "Last" + i)).toList());
      sync.apply(sync.plan(Roster.of(people)), Approvals.none());
      people.set(1, person(2, "Married"));
      people.remove(9);
      people.add(person(11, "Last11"));
      SyncPlan plan = sync.plan(Roster.of(people));

      String text = plan.toJson();
      JsonNode json = new ObjectMapper().readTree(text);

      assertThat(json.get("format").asText()).isEqualTo("hrsync.sync-plan.v1");
      assertThat(json.get("rosterRows").asInt()).isEqualTo(10);
      assertThat(json.get("rosterDigest").asText()).isEqualTo(plan.rosterDigest());
      JsonNode jobTicket = json.get("targets").get(0);
      assertThat(jobTicket.get("target").asText()).isEqualTo("JOBTICKET");
      assertThat(jobTicket.get("fingerprint").asText())
          .isEqualTo(plan.plan(io.github.hrsync.sync.plan.Target.JOBTICKET).orElseThrow()
              .fingerprint());
      assertThat(List.of(jobTicket.get("adds").asInt(), jobTicket.get("changes").asInt(),
          jobTicket.get("removals").asInt())).containsExactly(1, 1, 1);
      assertThat(jobTicket.get("verdict").get("allowed").asBoolean()).isTrue();
      assertThat(jobTicket.get("operations").toString())
          .contains("{\"kind\":\"ADD\",\"key\":\"E11\",\"fields\":[],\"removes\":false}")
          .contains("{\"kind\":\"UPDATE\",\"key\":\"E2\",\"fields\":[\"lastName\"],"
              + "\"removes\":false}")
          .contains("\"key\":\"E10\",\"fields\":[],\"removes\":true}");
      JsonNode hrFeed = json.get("targets").get(1);
      assertThat(hrFeed.get("target").asText()).isEqualTo("HR_FEED");
      assertThat(hrFeed.get("operations").toString())
          .contains("{\"kind\":\"CREATE\",\"key\":\"E11\"")
          .contains("{\"kind\":\"UPDATE\",\"key\":\"E2\",\"fields\":[\"lastName\"],"
              + "\"removes\":false}")
          .contains("{\"kind\":\"DEACTIVATE\",\"key\":\"E10\"");
      assertThat(text).doesNotContain("Married", "First2", "p11@example.com", "Last11");
    }
  }

  @Test
  void aRefusedPlanCarriesEveryBreachForThePipelineToShow() throws Exception {
    try (SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"))) {
      RosterSync sync = world.sync().hrFeed(world.hrFeed).build();
      List<SourceEmployee> people = IntStream.rangeClosed(1, 20)
          .mapToObj(i -> person(i, "Last" + i)).toList();
      sync.apply(sync.plan(Roster.of(people)), Approvals.none());

      JsonNode json = new ObjectMapper().readTree(sync.plan(Roster.of(people.subList(0, 5)))
          .toJson());

      JsonNode verdict = json.get("targets").get(0).get("verdict");
      assertThat(verdict.get("allowed").asBoolean()).isFalse();
      assertThat(verdict.get("approvable").asBoolean()).isTrue();
      assertThat(verdict.get("breaches").get(0).get("dimension").asText()).isEqualTo("REMOVALS");
      assertThat(verdict.get("breaches").get(0).get("count").asInt()).isEqualTo(15);
    }
  }
}
