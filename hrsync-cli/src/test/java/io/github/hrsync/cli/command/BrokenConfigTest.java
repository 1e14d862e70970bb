package io.github.hrsync.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hrsync check} on a broken configuration: every problem at once, each one line that
 * names where and the fix, exit 2; a credential written in the file is refused and never
 * repeated; a good one prints the effective configuration with credentials as ***.
 */
class BrokenConfigTest {
  private static final String TARGETS = "jobticket:\n  url: http://127.0.0.1:1/jobticket\n"
      + "  integrationId: 7\nhrfeed:\n  url: http://127.0.0.1:1/hr-feed\n";

  private static Cli.Run check(Path dir, String config, Map<String, String> env) {
    Cli cli = new Cli(dir, env);
    cli.roster("export.csv", 1, 3);
    cli.write("hrsync.yaml", config);
    return cli.run("check");
  }

  @Test
  void aMisspeltKeyIsOneLineWithItsLineAndTheClosestKey(@TempDir Path dir) {
    Cli.Run run = check(dir, TARGETS.replace("integrationId", "integrationID")
        + "roster:\n  file: export.csv\n", Cli.SANDBOX_ENV);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("error: hrsync.yaml line 3: unknown key 'integrationID' in "
        + "jobticket; did you mean 'integrationId'?");
  }

  @Test
  void aLiteralSecretIsRefusedSayingHowToReferenceOneAndIsNeverRepeated(@TempDir Path dir) {
    Cli.Run run = check(dir, TARGETS + "  token: eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.c2ln\n"
        + "roster:\n  file: export.csv\n", Cli.SANDBOX_ENV);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("error: hrsync.yaml line 6: hrfeed.token is "
        + "written in the file: credentials are never kept in hrsync.yaml; reference one "
        + "instead: token: {env: HR_FEED_TOKEN} or token: {file: /run/secrets/hr_feed_token}");
    assertThat(run.out() + run.err()).doesNotContain("eyJhbGciOiJIUzI1NiJ9", "c2VjcmV0");
  }

  @Test
  void anUnsetCredentialVariableNamesTheVariableToExport(@TempDir Path dir) {
    Cli.Run run = check(dir, TARGETS + "roster:\n  file: export.csv\n",
        Map.of("HR_FEED_TOKEN", Sandbox.HR_FEED_TOKEN));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("error: jobticket.keyId: the environment variable "
        + "JOBTICKET_KEY_ID is not set; export it, or reference a file with {file: PATH}")
        .contains("error: jobticket.keySecret: the environment variable JOBTICKET_KEY_SECRET");
  }

  @Test
  void aMissingRosterFileNamesTheFileAndWhereItIsConfigured(@TempDir Path dir) {
    Cli.Run run = check(dir, TARGETS + "roster:\n  file: exports/missing.csv\n",
        Cli.SANDBOX_ENV);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("error: the file " + dir.resolve("exports/missing.csv")
        + " does not exist; check roster.file and roster.mapping");
  }

  @Test
  void aTargetWithoutItsIntegrationAndABadShareAreReportedTogether(@TempDir Path dir) {
    Cli.Run run = check(dir, "jobticket:\n  url: http://127.0.0.1:1/jobticket\n"
        + "guard:\n  removals: {share: lots}\nroster:\n  file: export.csv\n", Cli.SANDBOX_ENV);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        "error: hrsync.yaml line 2: jobticket needs integrationId: N (the id of your HR "
            + "integration; --integration-id=N on the command line)",
        "error: hrsync.yaml line 4: guard.removals.share must be a share from 0 to 1 or a "
            + "percentage (10%)");
  }

  @Test
  void aGoodConfigShowsTheEffectiveConfigurationWithCredentialsHiddenAndReachesBothTargets(
      @TempDir Path dir) {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
      cli.roster("export.csv", 1, 3);
      cli.config(sandbox, "export.csv");

      Cli.Run run = cli.run("check", "--integration-id", "7");

      assertThat(run.exit()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("keySecret *** (env JOBTICKET_KEY_SECRET)",
          "token *** (env HR_FEED_TOKEN)", "ok roster: 3 rows read and valid",
          "ok jobticket: integration 7 reached", "ok hrfeed: reached: 0 users");
      assertThat(run.out()).doesNotContain(Sandbox.JOBTICKET_KEY_SECRET, Sandbox.HR_FEED_TOKEN);
    }
  }

  @Test
  void anUnreachableTargetExitsOneNamingIt(@TempDir Path dir) {
    Cli.Run run = check(dir, TARGETS + "roster:\n  file: export.csv\n", Cli.SANDBOX_ENV);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("error: jobticket: ", "error: hrfeed: ");
  }
}
