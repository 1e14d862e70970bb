package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.testkit.Sandbox;
import java.util.List;
import io.github.hrsync.testkit.SandboxFaults;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void theDemoSyncsBothPlatformsAgainstTheSandboxAndEndsWithNothingLeftToDo() {
    try (ExampleRunner runner = new ExampleRunner()) {
      Targets targets = runner.targets;
      int exit = runner.run(Demo::run);

      String output = runner.output();
      assertThat(exit).isZero();
      assertThat(output)
          .contains("JobTicket roster replace for integration 7: 50 employees in the roster, 4 to add, "
              + "1 to update, 2 to offboard (of 48 now)")
          .contains("  ~ update EMP-0003 [lastName]")
          .contains("  - offboard employee 47 (EMP-0901, left.company@example.com)")
          .contains("Processed so far: 50/50 employees show this syncId.")
          .contains("  + create EMP-0049 <ines.ferreira@example.com> Inês Ferreira")
          .contains("      firstName : \"Bjorn\" -> \"Björn\"")
          .contains("  ~ update EMP-0045 (user 1044) <linnea.berg@example.com> Linnéa Berg"
              + "  [matched by e-mail]")
          .contains("  ~ reactivate EMP-0012")
          .contains("  - deactivate EMP-0050")
          .contains("Plan: 4 to create, 5 to update, 1 to reactivate, 3 to deactivate, 0 to "
              + "delete.")
          .contains("[##############################] 13/13")
          .contains("Applied: 4 created, 5 updated, 1 reactivated, 3 deactivated, 0 deleted, "
              + "0 failed, 0 skipped.")
          .contains("No changes. The HR Feed matches the roster (50 employees, 53 users).")
          .doesNotContain(Sandbox.JOBTICKET_KEY_SECRET).doesNotContain(Sandbox.HR_FEED_TOKEN);

      Sandbox sandbox = targets.sandbox();
      List<JsonNode> employees = json(sandbox.jobTicket().activeEmployees());
      assertThat(employees).as("EMP-0050's row has a past terminationDate").hasSize(49);
      assertThat(employees).extracting(e -> e.at("/hrIntergartionLinks/0/hrId").asText())
          .doesNotContain("EMP-0901", "EMP-0902", "EMP-0050").contains("EMP-0049");
      assertThat(json(sandbox.jobTicket().employees()))
          .filteredOn(e -> e.at("/subscription/status").asText().equals("cancelled"))
          .extracting(e -> e.at("/hrIntergartionLinks/0/hrId").asText())
          .as("offboarded, and still listed as the API does")
          .containsExactlyInAnyOrder("EMP-0901", "EMP-0902", "EMP-0050");
      List<JsonNode> users = json(sandbox.hrFeed().users());
      assertThat(users).filteredOn(u -> u.path("isActive").asBoolean()).hasSize(50)
          .extracting(u -> u.path("externalId").asText())
          .doesNotContain("EMP-0050", "EMP-0901", "EMP-0902");
      assertThat(users).filteredOn(u -> u.path("email").asText()
          .equals("admin@travel-agency.example")).singleElement()
          .satisfies(admin -> assertThat(admin.path("externalId").isNull()).isTrue());
    }
  }

  @Test
  void throughInjectedResetsAndOutagesNoUserIsDuplicatedAndTheNextRunConverges() {
    try (ExampleRunner faulty = new ExampleRunner("--reset-every=7", "--unavailable-every=11")) {
      Targets targets = faulty.targets;
      faulty.run(Demo::run);
      // a create whose answer was lost is never sent twice; it may be left for the next run
      assertThat(targets.sandbox().hrFeed().users())
          .extracting(u -> u.get("externalId")).doesNotHaveDuplicates();

      targets.sandbox().injectFaults(SandboxFaults.none());
      ExampleRunner again = new ExampleRunner(targets);
      int exit = again.run(Demo::run);

      assertThat(exit).as(again.output()).isZero();
      assertThat(again.output()).doesNotContain("  ! ")
          .contains("== HR Feed: plan again ==\nNo changes. The HR Feed matches the roster");
      assertThat(targets.sandbox().hrFeed().users()).hasSize(53)
          .extracting(u -> u.get("externalId")).doesNotHaveDuplicates();
    }
  }

  /** The sandbox's records as JSON trees, for path lookups. */
  private static List<JsonNode> json(List<java.util.Map<String, Object>> records) {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    return records.stream().map(r -> mapper.<JsonNode>valueToTree(r)).toList();
  }
}
