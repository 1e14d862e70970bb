package io.github.hrsync.cli.command;

import io.github.hrsync.testkit.JobTicketSandbox;
import io.github.hrsync.testkit.Sandbox;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hrsync sandbox}: the test kit's sandbox of both APIs as a standalone server on a fixed
 * loopback port, its state kept in a file across restarts, optionally seeded with a roster, for a
 * team's job, CI or a non-Java tool to point at.
 */
@Command(name = "sandbox", description = "Serves a sandbox of both APIs on loopback until "
    + "stopped (Ctrl-C); its credentials are public and open nothing else.")
final class SandboxCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable HrsyncCommand hrsync;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "18080",
      description = "The loopback port (default 18080).")
  int port = 18080;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Keep what both APIs hold in this file across restarts.")
  @Nullable Path state;

  @Option(names = "--seed", paramLabel = "FILE",
      description = "Start with this roster (CSV) on both APIs, when the state is new.")
  @Nullable Path seed;

  @Option(names = "--mapping", paramLabel = "FILE", description = "The seed's mapping.")
  @Nullable Path mapping;

  @Override
  public Integer call() {
    HrsyncCommand parent = PlanCommand.parent(hrsync);
    Console console = parent.console();
    Path stateFile = SyncOptions.resolve(console, state);
    Path seedFile = SyncOptions.resolve(console, seed);
    boolean fresh = stateFile == null || !Files.exists(stateFile);
    var rows = seedFile == null || !fresh ? null
        : Wiring.read(seedFile, SyncOptions.resolve(console, mapping));
    Sandbox.Builder builder = Sandbox.builder().port(port);
    try (Sandbox sandbox = (stateFile == null ? builder : builder.stateFile(stateFile))
        .start()) {
      if (rows != null) {
        DemoScenario.inStep(sandbox, rows.roster().employees());
      }
      PrintStream out = console.out();
      out.println("hrsync sandbox on loopback port " + sandbox.port());
      out.println("  JobTicket: " + sandbox.jobTicketUrl() + " (integration "
          + JobTicketSandbox.INTEGRATION_ID + ")");
      out.println("  HR Feed:   " + sandbox.hrFeedUrl());
      out.println("  state:     " + (stateFile == null ? "in memory" : stateFile)
          + (rows == null ? "" : ", seeded with " + rows.roster().size() + " employees"));
      out.println("  its public credentials, for the environment of hrsync or your job:");
      out.println("    export JOBTICKET_KEY_ID=" + Sandbox.JOBTICKET_KEY_ID
          + " JOBTICKET_KEY_SECRET=" + Sandbox.JOBTICKET_KEY_SECRET);
      out.println("    export HR_FEED_TOKEN=" + Sandbox.HR_FEED_TOKEN);
      out.println("Serving until stopped (Ctrl-C).");
      out.flush();
      console.awaitStop().run();
    }
    return ExitCode.OK;
  }
}
