package io.github.hrsync.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials read from files are used and never shown: not by check's effective
 * configuration, not by a verbose plan with every request line, in no encoding.
 */
class SecretsTest {
  @Test
  void credentialsFromFilesWorkAndAppearNowhereEvenVerbose(@TempDir Path dir) {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Map.of());
      cli.roster("export.csv", 1, 4);
      cli.write("key-id", Sandbox.JOBTICKET_KEY_ID + "\n");
      cli.write("key-secret", Sandbox.JOBTICKET_KEY_SECRET + "\n");
      cli.write("token", Sandbox.HR_FEED_TOKEN + "\n");
      cli.write("hrsync.yaml", "jobticket:\n  url: " + sandbox.jobTicketUrl() + "\n"
          + "  integrationId: 7\n  keyId: {file: key-id}\n  keySecret: {file: key-secret}\n"
          + "hrfeed:\n  url: " + sandbox.hrFeedUrl() + "\n  token: {file: token}\n"
          + "roster:\n  file: export.csv\nrunLog: run-log\nrateBudgetDir: budgets\n");

      Cli.Run check = cli.run("check");
      Cli.Run plan = cli.run("plan", "--verbose");
      Cli.Run apply = cli.run("apply", "--verbose", "--output", "json");

      assertThat(check.exit()).as(check.out() + check.err()).isZero();
      assertThat(check.out()).contains("keySecret *** (file " + dir.resolve("key-secret"));
      assertThat(plan.exit()).isZero();
      assertThat(apply.exit()).isZero();
      String basic = Base64.getEncoder().encodeToString((Sandbox.JOBTICKET_KEY_ID + ":"
          + Sandbox.JOBTICKET_KEY_SECRET).getBytes(StandardCharsets.UTF_8));
      for (Cli.Run run : new Cli.Run[] {check, plan, apply}) {
        assertThat(run.out() + run.err()).doesNotContain(Sandbox.JOBTICKET_KEY_SECRET, basic,
            Sandbox.HR_FEED_TOKEN, Sandbox.HR_FEED_TOKEN.substring(0, 40));
      }
      assertThat(plan.err()).contains("[hrsync] GET");
    }
  }

  @Test
  void aCredentialFileThatIsNotOneIsOneLineAndNothingOfItIsShown(@TempDir Path dir) {
    Cli cli = new Cli(dir, Map.of());
    cli.roster("export.csv", 1, 2);
    cli.write("token", "x".repeat(70_000));
    cli.write("hrsync.yaml", "hrfeed:\n  url: http://127.0.0.1:1/hr-feed\n"
        + "  token: {file: token}\nroster:\n  file: export.csv\n");

    Cli.Run check = cli.run("check");

    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err().strip()).isEqualTo("error: hrfeed.token: the file "
        + dir.resolve("token") + " is larger than a credential (65536 bytes at most); name "
        + "the file that holds only the credential");
  }
}
