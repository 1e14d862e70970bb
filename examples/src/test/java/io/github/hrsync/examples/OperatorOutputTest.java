package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator reads and the exit codes a script sees, per target. */
class OperatorOutputTest {
  private static final Pattern JOBTICKET_FLAG = Pattern.compile("--approve-jobticket=(\\w+)");
  private static final Pattern HRFEED_FLAG = Pattern.compile("--approve-hrfeed=(\\w+)");

  @TempDir
  Path dir;

  private Path roster(int rows) throws IOException {
    return ExampleRunner.sampleRoster(dir, rows);
  }

  /** A run against an already seeded sandbox, as against real servers. */
  private static ExampleRunner against(Sandbox sandbox, Path roster, String... extra) {
    List<String> args = new ArrayList<>(List.of("--jobticket-url=" + sandbox.jobTicketUrl(),
        "--hrfeed-url=" + sandbox.hrFeedUrl(), "--integration-id=7", "--roster=" + roster));
    args.addAll(Arrays.asList(extra));
    return ExampleRunner.realServers(args);
  }

  private static String flag(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    assertThat(matcher.find()).as(output).isTrue();
    return matcher.group(0);
  }

  @Test
  void theGuardTripNeverWritesEvenWhenTheGuardsAllowTheCut() throws IOException {
    try (ExampleRunner runner = new ExampleRunner("--roster=" + roster(12))) {
      Sandbox sandbox = runner.targets.sandbox();
      List<Map<String, Object>> users = sandbox.hrFeed().users();
      int employees = sandbox.jobTicket().employees().size();

      int exit = runner.run(GuardTrip::run);

      // JobTicket's guard allows the cut (2 of 10); HR Feed's refuses it (3 of 9)
      assertThat(exit).as(runner.output()).isEqualTo(Program.REFUSED);
      assertThat(runner.output()).contains("Nothing is sent, whatever the guards say.")
          .contains("JobTicket: would send 10 employees (2 to offboard); within the guard")
          .contains("HR Feed: refused, nothing sent;");
      assertThat(sandbox.jobTicket().syncIds()).isEmpty();
      assertThat(sandbox.jobTicket().employees()).hasSize(employees);
      assertThat(sandbox.hrFeed().users()).isEqualTo(users);
    }
  }

  @Test
  void eachTargetHasItsOwnApprovalAndTheRefusalPrintsTheExactFlag() throws IOException {
    try (ExampleRunner world = new ExampleRunner()) {
      Sandbox sandbox = world.targets.sandbox();
      Path truncated = roster(10);

      String refused;
      try (ExampleRunner first = against(sandbox, truncated)) {
        assertThat(first.run(ApplySync::mainBody)).isEqualTo(Program.REFUSED);
        refused = first.output();
      }
      String jobTicketFlag = flag(JOBTICKET_FLAG, refused);
      String hrFeedFlag = flag(HRFEED_FLAG, refused);
      assertThat(refused).contains("JobTicket: refused, nothing sent; to send this exact plan "
          + "anyway, run again with " + jobTicketFlag)
          .contains("HR Feed: refused, nothing sent; to send this exact plan anyway, run again "
              + "with " + hrFeedFlag)
          .doesNotContain("--approve=");
      assertThat(sandbox.jobTicket().syncIds()).isEmpty();

      String onlyJobTicket;
      try (ExampleRunner second = against(sandbox, truncated, jobTicketFlag)) {
        assertThat(second.run(ApplySync::mainBody)).isEqualTo(Program.REFUSED);
        onlyJobTicket = second.output();
      }
      assertThat(onlyJobTicket).contains("JobTicket: sent 10 employees")
          .contains("HR Feed: refused, nothing sent")
          .doesNotContain("Nothing was sent to JobTicket");
      assertThat(sandbox.jobTicket().syncIds()).hasSize(1);

      try (ExampleRunner third = against(sandbox, truncated, hrFeedFlag)) {
        assertThat(third.run(ApplySync::mainBody)).as(third.output()).isZero();
        assertThat(third.output()).contains("HR Feed: applied ");
      }
    }
  }

  @Test
  void theDryRunAsksBothGuardsAndExitsThreeWhenOneWouldRefuse() throws IOException {
    try (ExampleRunner world = new ExampleRunner()) {
      Sandbox sandbox = world.targets.sandbox();
      try (ExampleRunner plan = against(sandbox, roster(10))) {
        assertThat(plan.run(PlanSync::run)).isEqualTo(Program.REFUSED);
        assertThat(plan.output()).contains("JobTicket: refused, nothing sent;")
            .contains("HR Feed: refused, nothing sent;")
            .contains("Dry run: nothing was changed.");
      }
      assertThat(sandbox.jobTicket().syncIds()).isEmpty();
    }
  }

  @Test
  void theDetailedExitCodeSaysWhetherADryRunFoundChanges() {
    try (ExampleRunner runner = new ExampleRunner("--detailed-exitcode")) {
      assertThat(runner.run(PlanSync::run)).isEqualTo(Program.CHANGES);
      assertThat(runner.output()).contains("JobTicket: would send 50 employees (2 to offboard); "
          + "within the guard").doesNotContain("employees sent");
    }
  }

  @Test
  void anEmptyRosterIsRefusedAndNoApprovalIsOfferedWhereNoneCanPass() throws IOException {
    try (ExampleRunner world = new ExampleRunner()) {
      try (ExampleRunner empty = against(world.targets.sandbox(), roster(0))) {
        assertThat(empty.run(ApplySync::mainBody)).isEqualTo(Program.REFUSED);
        assertThat(empty.output())
            .contains("JobTicket: refused, nothing sent; no approval can send it")
            .doesNotContain("--approve-jobticket=")
            .contains("--approve-hrfeed=");
      }
    }
  }

  private static String runMain(String... args) {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8);
    int exit = Program.run("hrsync apply", args, out, ApplySync::mainBody);
    return exit + "|" + buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void againstRealServersEveryRunSpendsTheKeysBudgetFromOneSharedFile() throws IOException {
    Path budgets = dir.resolve("budgets");
    int requests;
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      try (ExampleRunner plan = against(sandbox, roster(5), "--rate-budget-dir=" + budgets);
          ExampleRunner list = against(sandbox, roster(5), "--rate-budget-dir=" + budgets)) {
        assertThat(plan.run(PlanSync::run)).as(plan.output()).isEqualTo(Program.OK);
        assertThat(list.run(ListRecords::run)).as(list.output()).isEqualTo(Program.OK);
      }
      requests = sandbox.requestCount();
    }

    Path file = budgets.resolve("jobticket-" + Sandbox.JOBTICKET_KEY_ID + ".budget");
    assertThat(Files.readString(file)).doesNotContain(Sandbox.JOBTICKET_KEY_SECRET);
    long granted = 0;
    try (var files = Files.list(budgets)) {
      for (Path budget : files.filter(f -> f.toString().endsWith(".budget")).toList()) {
        // slots expire from the file after a window; their numbering does not
        granted += Files.readAllLines(budget).stream().filter(line -> line.startsWith(
            "next-slot ")).mapToLong(line -> Long.parseLong(line.substring(10)) - 1).sum();
        assertThat(Files.readString(budget)).doesNotContain(" in-flight ");
      }
    }
    assertThat(granted).as("every request of both runs, to either API, took a slot of a shared "
        + "budget").isEqualTo(requests);
  }

  @Test
  void aBudgetFileThatCannotBeUsedIsOneLineNamingTheFile() throws IOException {
    Path budgets = Files.createDirectories(dir.resolve("budgets"));
    Path file = budgets.resolve("jobticket-" + Sandbox.JOBTICKET_KEY_ID + ".budget");
    Files.writeString(file, "not a budget\n");
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none());
        ExampleRunner runner = against(sandbox, roster(5), "--rate-budget-dir=" + budgets)) {
      int exit = runner.run(ListRecords::run);

      assertThat(exit).isEqualTo(Program.FAILED);
      assertThat(runner.output()).contains("error: rate budget file " + file + " cannot be used")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void aMissingOrNonUtf8RosterFileIsOneLineAndExitTwoNeverAStackTrace() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "hrId,firstName,lastName,email\nE1,J\u00fcrgen,S,j@example.com\n"
        .getBytes(StandardCharsets.ISO_8859_1));

    String missing = runMain("--roster=" + dir.resolve("nowhere.csv"));
    String notUtf8 = runMain("--roster=" + latin1);

    assertThat(missing).isEqualTo("2|error: file " + dir.resolve("nowhere.csv")
        + " does not exist" + System.lineSeparator());
    assertThat(notUtf8).startsWith("2|error: latin1.csv: 1 problem, nothing was sent:")
        .contains("file line 2: byte 0xFC is not UTF-8")
        .contains("name its encoding in the mapping (encoding: windows-1252, ISO-8859-1, UTF-8)")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void theSdkRetriesShowAsSingleReadableLinesInTheOutput() {
    try (ExampleRunner runner = new ExampleRunner("--unavailable-every=2")) {
      runner.run(PlanSync::run);

      assertThat(runner.output()).containsPattern("\\[hrsync\\] GET \\S+ retry 1 of \\d+ in \\d+ ms "
          + "after: HTTP 503");
      assertThat(runner.output().lines().filter(line -> line.contains("[hrsync]")))
          .allMatch(line -> line.startsWith("  [hrsync] "));
      assertThat(runner.output()).doesNotContain("INFO:").doesNotContain("HttpTransport execute");
    }
  }

  @Test
  void validationErrorsNameTheDataRowAndTheFileLineLikeTheCsvReader() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "hrId;firstName;lastName;email;notes\n"
        + "E1;Anna;A;a@example.com;\"two\nlines\"\n"
        + "E2;Bo;B;not-an-email;\n", StandardCharsets.UTF_8);

    String result = runMain("--roster=" + file);

    assertThat(result).startsWith("2|")
        .contains("error: bad.csv: 1 problem, nothing was sent:")
        .contains("  data row 2 (file line 4), column 'email', validation of email: "
            + "'not-an-email' is not a valid e-mail address");
  }
}
