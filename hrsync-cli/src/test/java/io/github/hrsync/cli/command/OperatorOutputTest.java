package io.github.hrsync.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads: the demo to its end, through faults too; every expected failure one
 * line with the fix and no stack trace; nothing read from elsewhere reaches the terminal as a
 * control sequence.
 */
class OperatorOutputTest {
  @Test
  void theDemoSyncsBothPlatformsAndEndsWithNothingLeftToDo(@TempDir Path dir) {
    Cli.Run demo = new Cli(dir, java.util.Map.of()).run("demo");

    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("4 to add, 1 to update, 2 to offboard",
        "HR Feed: applied 13 operations", "== HR Feed: plan again ==", "No changes.");
  }

  @Test
  void throughResetsAndOutagesEachRetryIsOneLineAndNothingIsSentTwice(@TempDir Path dir) {
    Cli.Run demo = new Cli(dir, java.util.Map.of()).run("demo", "--reset-every", "5",
        "--unavailable-every", "7");

    // a create whose answer was lost is never sent twice: it may be left for the next run (1)
    assertThat(demo.exit()).as(demo.out() + demo.err()).isIn(0, 1);
    assertThat(demo.out()).contains("== Summary ==").doesNotContain("look-alike");
    assertThat(demo.err()).containsPattern("\\[hrsync\\] (GET|POST|PATCH|PUT) \\S+ retry 1 of");
    assertThat(demo.out() + demo.err()).doesNotContain("\tat ");
  }

  @Test
  void aNonUtf8RosterAndABadRowAreOneLineEachNamingTheFixAndExitTwo(@TempDir Path dir)
      throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
      cli.config(sandbox, "export.csv");
      Files.write(dir.resolve("export.csv"), "hrId,firstName,lastName,email\nE1,J\u00fcrgen,S,"
          .concat("j@example.com\n").getBytes(StandardCharsets.ISO_8859_1));

      Cli.Run latin1 = cli.run("plan");

      assertThat(latin1.exit()).isEqualTo(2);
      assertThat(latin1.err()).contains("file line 2: byte 0xFC is not UTF-8",
          "name its encoding in the mapping").doesNotContain("\tat ");
      cli.write("export.csv", "hrId;firstName;lastName;email\nE1;Anna;A;a@example.com\n"
          + "E2;Bo;B;not-an-email\n");

      Cli.Run bad = cli.run("apply");

      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).contains("data row 2 (file line 3), column 'email', validation of "
          + "email: 'not-an-email' is not a valid e-mail address");
      assertThat(sandbox.jobTicket().syncIds()).isEmpty();
    }
  }

  @Test
  void anEmptyRosterIsRefusedAndNoApprovalIsOfferedWhereNoneCanPass(@TempDir Path dir) {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
      cli.roster("export.csv", 1, 5);
      cli.config(sandbox, "export.csv");
      assertThat(cli.run("apply").exit()).isZero();
      cli.roster("export.csv", 1, 0);

      Cli.Run empty = cli.run("apply");

      assertThat(empty.exit()).isEqualTo(3);
      assertThat(empty.out()).contains("JobTicket: refused, nothing sent; no approval can send "
          + "it").doesNotContain("--approve jobticket=").contains("--approve hrfeed=");
    }
  }

  @Test
  void escapeSequencesInTheRunLogArePrintedAsTextNeverSentToTheTerminal(@TempDir Path dir) {
    RunLog planted = FileRunLog.open(dir.resolve("planted"));
    planted.append("r1", true, "{\"runId\":\"r1\",\"event\":\"run\",\"startedAt\":"
        + "\"2026-06-01T00:00:00Z\",\"dryRun\":false,\"rosterDigest\":\"d\",\"rosterRows\":1}");
    planted.append("r1", false, "{\"runId\":\"r1\",\"event\":\"target\",\"target\":"
        + "\"HR_FEED\",\"scope\":\"s\",\"approval\":{\"fingerprint\":\"f\",\"approvedBy\":"
        + "\"maria\\u001b[2J\\u001b]0;pwned\\u0007\\u202e\",\"used\":false}}");

    Cli.Run shown = new Cli(dir, Cli.SANDBOX_ENV).run("history", "r1", "--run-log", "planted");

    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).contains("approval offered, not used")
        .contains("maria\\u001b[2J\\u001b]0;pwned\\u0007\\u202e")
        .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e");
  }

  @Test
  void anUnknownRunOrAMissingLogIsOneLine(@TempDir Path dir) {
    Cli cli = new Cli(dir, Cli.SANDBOX_ENV);

    Cli.Run noLog = cli.run("history", "--run-log", "nowhere");

    assertThat(noLog.exit()).isEqualTo(2);
    assertThat(noLog.err().strip()).isEqualTo("error: no run log in " + dir.resolve("nowhere")
        + "; name it with runLog in hrsync.yaml or --run-log=DIR");
  }
}
