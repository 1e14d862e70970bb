package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs record every run against real servers beside the rate budgets, an approval
 * records who and why, and {@code History} lists the runs and shows one whole; its expected
 * failures are one line.
 */
class HistoryTest {
  private static final Pattern RUN = Pattern.compile("Recorded as run (\\S+) in ");
  private static final Pattern APPROVE = Pattern.compile("--approve-jobticket=(\\w+)");

  @TempDir
  Path dir;

  private Path roster(int rows) throws IOException {
    return ExampleRunner.sampleRoster(dir, rows);
  }

  /** JobTicket alone, as a real server, with the rate budgets (and so the run log) in dir. */
  private ExampleRunner against(Sandbox sandbox, Path roster, String... extra) {
    List<String> args = new ArrayList<>(List.of("--jobticket-url=" + sandbox.jobTicketUrl(),
        "--integration-id=7", "--roster=" + roster, "--rate-budget-dir=" + dir.resolve("budgets")));
    args.addAll(Arrays.asList(extra));
    return ExampleRunner.realServers(args);
  }

  private static String group(Pattern pattern, String output) {
    Matcher matcher = pattern.matcher(output);
    assertThat(matcher.find()).as(output).isTrue();
    return matcher.group(1);
  }

  private static String history(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int exit = History.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return exit + "|" + buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRefusedRunThenItsApprovalAreRecordedAndHistoryShowsWhoLetItThrough() throws IOException {
    String refusedRun;
    String approvedRun;
    String fingerprint;
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      try (ExampleRunner full = against(sandbox, roster(20))) {
        assertThat(full.run(ApplySync::mainBody)).as(full.output()).isEqualTo(Program.OK);
      }
      try (ExampleRunner cut = against(sandbox, roster(5))) {
        assertThat(cut.run(ApplySync::mainBody)).as(cut.output()).isEqualTo(Program.REFUSED);
        refusedRun = group(RUN, cut.output());
        fingerprint = group(APPROVE, cut.output());
      }
      try (ExampleRunner approved = against(sandbox, roster(5),
          "--approve-jobticket=" + fingerprint, "--approved-by=maria@hr",
          "--reason=the Oslo office closed")) {
        assertThat(approved.run(ApplySync::mainBody)).as(approved.output())
            .isEqualTo(Program.OK);
        approvedRun = group(RUN, approved.output());
      }
    }
    Path log = dir.resolve("run-log");

    String list = history("--run-log=" + log);
    String one = history("--rate-budget-dir=" + dir.resolve("budgets"), "--run=" + approvedRun);
    String refused = history("--run-log=" + log, "--run=" + refusedRun);

    assertThat(list).startsWith("0|3 run(s) in " + log + ", newest first:");
    assertThat(list.indexOf(approvedRun)).isLessThan(list.indexOf(refusedRun));
    assertThat(list).contains("JobTicket: REFUSED +0 ~0 -15",
        "JobTicket: DONE +0 ~0 -15, approved by maria@hr");
    assertThat(one).startsWith("0|Run " + approvedRun)
        .containsPattern("approved: " + fingerprint + " by maria@hr at \\S+, because: the Oslo "
            + "office closed")
        .contains("SUCCEEDED OFFBOARD ", " -> 204")
        .contains("outcome: DONE: sent 5 employees (15 to offboard)");
    assertThat(refused).contains("guard: refusing to offboard 15 of 20",
        "REMOVALS: 15 of 20, limit 4", "outcome: REFUSED");
    assertThat(list + one + refused).doesNotContain(Sandbox.JOBTICKET_KEY_SECRET, "@example");
  }

  @Test
  void historyFailuresAreOneLine() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    assertThat(history("--run-log=" + dir.resolve("nowhere"))).isEqualTo("1|error: no run log in "
        + dir.resolve("nowhere") + " (name one with --run-log=DIR)" + System.lineSeparator());
    assertThat(history("--run-log=" + empty, "--run=20260101T000000Z-00000000")).isEqualTo(
        "1|error: no run 20260101T000000Z-00000000 in " + empty + System.lineSeparator());
    assertThat(history("--run-log=" + empty, "--last=0")).startsWith("2|error: --last takes");
    assertThat(history("--bogus")).startsWith("2|error: unknown argument '--bogus'");
  }

  @Test
  void escapeSequencesInTheRunLogArePrintedAsTextNeverSentToTheTerminal() {
    Path log = dir.resolve("planted");
    io.github.hrsync.sync.audit.RunLog planted =
        io.github.hrsync.sync.audit.FileRunLog.open(log);
    planted.append("r1", true, "{\"runId\":\"r1\",\"event\":\"run\",\"startedAt\":"
        + "\"2026-06-01T00:00:00Z\",\"dryRun\":false,\"rosterDigest\":\"d\",\"rosterRows\":1}");
    planted.append("r1", false, "{\"runId\":\"r1\",\"event\":\"target\",\"target\":"
        + "\"HR_FEED\",\"scope\":\"s\",\"approval\":{\"fingerprint\":\"f\",\"approvedBy\":"
        + "\"maria\\u001b[2J\\u001b]0;pwned\\u0007\\u202e\",\"used\":false}}");

    String shown = history("--run-log=" + log, "--run=r1");

    assertThat(shown).contains("approval offered, not used")
        .contains("maria\\u001b[2J\\u001b]0;pwned\\u0007\\u202e")
        .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
  }
}
