package io.github.hrsync.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool explains itself: help per command, its version, and shell completion. */
class HelpAndCompletionTest {
  @Test
  void helpListsEveryCommandAndTheExitCodes(@TempDir Path dir) {
    Cli.Run help = new Cli(dir, Map.of()).run("help");

    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("plan", "apply", "history", "check", "sandbox", "demo",
        "completion", "Exit codes: 0 done or no changes, 1 a target failed");
  }

  @Test
  void eachCommandsHelpNamesItsOptions(@TempDir Path dir) {
    Cli.Run help = new Cli(dir, Map.of()).run("help", "apply");

    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--approve=TARGET=FINGERPRINT", "--approved-by=NAME",
        "--dry-run", "--output=FORMAT", "[PLANFILE]", "--config=FILE");
  }

  @Test
  void completionIsAScriptBashAndZshSource(@TempDir Path dir) {
    Cli.Run completion = new Cli(dir, Map.of()).run("completion");

    assertThat(completion.exit()).isZero();
    assertThat(completion.out()).contains("complete -F", "_complete_hrsync", "zsh",
        "plan", "apply", "--detailed-exitcode");
  }

  @Test
  void anUnknownCommandOrAWrongValueIsOneLineExitTwo(@TempDir Path dir) {
    Cli cli = new Cli(dir, Map.of());

    Cli.Run unknown = cli.run("plna");
    Cli.Run format = cli.run("plan", "--output", "xml");

    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().lines()).hasSize(1).first().asString().startsWith("error: ")
        .contains("plna");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err().lines()).hasSize(1).first().asString()
        .contains("--output", "xml", "hrsync plan --help lists the options");
  }

  @Test
  void anUnknownGuardKeyIsReportedWithTheOtherProblems(@TempDir Path dir) {
    Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
    cli.roster("export.csv", 1, 2);
    cli.write("hrsync.yaml", "hrfeed:\n  url: http://127.0.0.1:1/hr-feed\nguard:\n"
        + "  removal: {share: 10%}\nroster:\n  file: export.csv\nrunlog: x\n");

    Cli.Run run = cli.run("check");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("line 4: unknown key 'removal' in guard; did you mean "
        + "'removals'?", "line 7: unknown key 'runLog'".replace("runLog", "runlog"));
  }
}
