package io.github.hrsync.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The night an export comes in short, as an operator lives it through the tool: the plan is
 * refused (exit 3) naming the exact approvals, the approved apply sends exactly that (exit 0),
 * and the next plan has nothing to do (exit 0); the run log shows who approved.
 */
class OperatorFlowTest {
  private static final Pattern APPROVE = Pattern.compile("--approve (jobticket|hrfeed)=(\\w+)");

  @Test
  void aRefusedPlanIsAppliedWithThePrintedApprovalsAndThenHasNothingLeft(@TempDir Path dir)
      throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
      cli.roster("export.csv", 1, 20);
      cli.config(sandbox, "export.csv");
      assertThat(cli.run("apply").exit()).isZero();

      cli.roster("export.csv", 1, 10);
      Cli.Run refused = cli.run("plan");

      assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(3);
      assertThat(refused.out()).contains("REFUSED", "Dry run: nothing was changed.");
      Matcher approvals = APPROVE.matcher(refused.out());
      StringBuilder flags = new StringBuilder();
      int found = 0;
      while (approvals.find()) {
        flags.append(approvals.group()).append(' ');
        found++;
      }
      assertThat(found).as(refused.out()).isEqualTo(4); // each in its line and the summary
      String[] args = ("apply " + flags + "--approved-by maria --reason reorg").split(" ");

      Cli.Run applied = cli.run(args);
      assertThat(applied.exit()).as(applied.out() + applied.err()).isZero();
      assertThat(sandbox.jobTicket().activeEmployees()).hasSize(10);

      Cli.Run again = cli.run("plan", "--detailed-exitcode");
      assertThat(again.exit()).as(again.out()).isZero();
      assertThat(again.out()).contains("No changes.");

      Cli.Run history = cli.run("history");
      assertThat(history.exit()).isZero();
      assertThat(history.out()).contains("approved by maria");
      JsonNode runs = new ObjectMapper().readTree(cli.run("history", "--output", "json").out());
      assertThat(runs.get("format").asText()).isEqualTo("hrsync.history.v1");
      assertThat(runs.get("runs").size()).isEqualTo(4); // apply, plan, apply, plan
    }
  }

  @Test
  void aSavedPlanAppliedAfterATargetChangedIsRefusedAsStaleAndSendsNothing(@TempDir Path dir) {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
      cli.roster("export.csv", 1, 20);
      cli.config(sandbox, "export.csv");
      assertThat(cli.run("apply").exit()).isZero();
      cli.roster("export.csv", 1, 19);
      Cli.Run planned = cli.run("plan", "--out", "tonight.plan");
      assertThat(planned.exit()).as(planned.out() + planned.err()).isZero();
      assertThat(planned.out()).contains("Saved the plan to");
      sandbox.jobTicket().seed("E99", "Walk", "In", "walk.in@example.com", null);
      sandbox.hrFeed().seed(java.util.Map.of("externalId", "E20", "firstName", "First20",
          "lastName", "Changed", "email", "p20@example.com", "isActive", false));

      Cli.Run stale = cli.run("apply", "tonight.plan");

      assertThat(stale.exit()).as(stale.out() + stale.err()).isEqualTo(1);
      assertThat(stale.out()).contains("JobTicket: the plan is stale, nothing was sent");
      assertThat(sandbox.jobTicket().activeEmployees()).hasSize(21);
    }
  }

  @Test
  void aSavedPlanAppliedUnchangedSendsExactlyIt(@TempDir Path dir) {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
      cli.roster("export.csv", 1, 20);
      cli.config(sandbox, "export.csv");
      assertThat(cli.run("plan", "--out", "first.plan").exit()).isZero();
      cli.roster("export.csv", 1, 5); // the export changed after the review: the plan holds

      Cli.Run applied = cli.run("apply", "first.plan");

      assertThat(applied.exit()).as(applied.out() + applied.err()).isZero();
      assertThat(sandbox.jobTicket().activeEmployees()).hasSize(20);
    }
  }

  @Test
  void jsonOutputIsAVersionedFormAPipelineReadsBack(@TempDir Path dir) throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
      cli.roster("export.csv", 1, 12);
      cli.config(sandbox, "export.csv");

      Cli.Run plan = cli.run("plan", "--output", "json");
      JsonNode json = new ObjectMapper().readTree(plan.out());
      assertThat(json.get("format").asText()).isEqualTo("hrsync.sync-plan.v1");
      assertThat(json.get("targets").get(0).get("adds").asInt()).isEqualTo(12);
      assertThat(json.get("targets").get(1).get("operations").size()).isEqualTo(12);
      assertThat(plan.out()).doesNotContain("First1", "p1@example.com");

      Cli.Run apply = cli.run("apply", "--output", "json");
      JsonNode report = new ObjectMapper().readTree(apply.out());
      assertThat(report.get("format").asText()).isEqualTo("hrsync.apply-report.v1");
      assertThat(report.get("targets").findValuesAsText("status")).containsExactly("DONE",
          "DONE");
      assertThat(apply.exit()).isZero();
    }
  }
}
