package io.github.hrsync.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testkit.HrFeedSandbox;
import io.github.hrsync.testkit.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hrsync sandbox} serves both APIs on a fixed port, seeded from a roster, and keeps their
 * state in a file: a plan against it finds the seed in step, and a restart keeps what was
 * written.
 */
class SandboxCommandTest {
  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void theSandboxServesTheSeedOnItsPortAndKeepsItsStateAcrossRestarts(@TempDir Path dir)
      throws Exception {
    int port = freePort();
    Cli cli = new Cli(dir, Cli.SANDBOX_ENV);
    cli.roster("seed.csv", 1, 8);
    AtomicReference<Cli.Run> planned = new AtomicReference<>();
    ByteArrayOutputStream served = new ByteArrayOutputStream();
    // while it serves, a job plans against it in step: nothing to change
    Runnable whileServing = () -> {
      Cli job = new Cli(dir, Cli.SANDBOX_ENV);
      job.write("hrsync.yaml", "jobticket:\n  url: http://127.0.0.1:" + port + "/jobticket\n"
          + "  integrationId: 7\nhrfeed:\n  url: http://127.0.0.1:" + port
          + HrFeedSandbox.BASE_PATH + "\n"
          + "roster:\n  file: seed.csv\nrunLog: run-log\nrateBudgetDir: budgets\n");
      planned.set(job.run("plan", "--detailed-exitcode"));
    };
    int exit = HrsyncCommand.run(new Console(new PrintStream(served, true,
        StandardCharsets.UTF_8), System.err, Cli.SANDBOX_ENV, dir, Clock.systemUTC(),
        io.github.hrsync.core.ratelimit.Sleeper.system(), false,
        whileServing), "sandbox", "--port", String.valueOf(port), "--state", "state.json",
        "--seed", "seed.csv");

    assertThat(exit).isZero();
    assertThat(served.toString(StandardCharsets.UTF_8)).contains(
        "JobTicket: http://127.0.0.1:" + port + "/jobticket (integration 7)",
        "seeded with 8 employees", "export HR_FEED_TOKEN=" + Sandbox.HR_FEED_TOKEN);
    assertThat(planned.get().exit()).as(planned.get().out() + planned.get().err()).isZero();
    assertThat(Files.readString(dir.resolve("state.json"))).contains("p8@example.com");
    try (Sandbox again = Sandbox.builder().port(port).stateFile(dir.resolve("state.json"))
        .start()) {
      assertThat(again.jobTicket().activeEmployees()).hasSize(8);
    }
  }
}
