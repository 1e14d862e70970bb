package io.github.hrsync.cli.command;

import io.github.hrsync.cli.output.Progress;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.reader.CsvSource;
import io.github.hrsync.reader.MappedRoster;
import io.github.hrsync.reader.RosterMapping;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.testkit.JobTicketSandbox;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hrsync demo}: a real sync against an embedded sandbox of both APIs seeded with a drifted
 * copy of the roster (the bundled 50-employee sample unless {@code --roster}): the plan, the
 * JobTicket replace, the HR Feed changes with their progress, then a plan again that is empty.
 */
@Command(name = "demo", description = "Runs a whole sync against an embedded sandbox; no "
    + "credentials, nothing leaves this machine.")
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "/io/github/hrsync/cli/sample-roster.csv";

  @ParentCommand
  @Nullable HrsyncCommand hrsync;

  @Option(names = "--roster", paramLabel = "FILE", description = "Your CSV instead of the sample.")
  @Nullable Path roster;

  @Option(names = "--mapping", paramLabel = "FILE", description = "The mapping of its columns.")
  @Nullable Path mapping;

  @Option(names = "--reset-every", paramLabel = "N", defaultValue = "0",
      description = "The sandbox resets every Nth connection (to watch the retries).")
  int resetEvery;

  @Option(names = "--unavailable-every", paramLabel = "N", defaultValue = "0",
      description = "The sandbox answers 503 to every Nth request.")
  int unavailableEvery;

  @Option(names = "--delay-ms", paramLabel = "N", defaultValue = "0",
      description = "The sandbox waits this long before each answer.")
  int delayMs;

  @Override
  public Integer call() {
    HrsyncCommand parent = PlanCommand.parent(hrsync);
    Console console = parent.console();
    PrintStream out = parent.text();
    MappedRoster rows = read(console);
    SandboxFaults faults = new SandboxFaults(resetEvery, unavailableEvery,
        Duration.ofMillis(delayMs));
    try (Sandbox sandbox = Sandbox.start(faults)) {
      DemoScenario.seed(sandbox, rows.roster().employees());
      // with faults, every call gets more attempts: the demo shows retries succeeding
      RetryPolicy retries = faults.equals(SandboxFaults.none())
          ? RetryPolicy.defaults() : RetryPolicy.builder().maxAttempts(8).build();
      RosterSync sync = RosterSync.builder()
          .jobTicket(JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
              .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET))
              .retryPolicy(retries).clock(console.clock()).sleeper(console.sleeper())
              .applicationName("hrsync-demo").build(),
              JobTicketSandbox.INTEGRATION_ID)
          .hrFeed(HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
              .token(Secret.of(Sandbox.HR_FEED_TOKEN)).retryPolicy(retries)
              .clock(console.clock()).sleeper(console.sleeper()).applicationName("hrsync-demo")
              .build())
          .applyOptions(ApplyOptions.defaults().withObserver(new Progress(console.err(),
              console.terminal(), console.clock())))
          .build();
      out.println("hrsync demo against an embedded sandbox (no credentials; hrsync plan and "
          + "hrsync apply with hrsync.yaml for real servers)\nRoster: "
          + rows.roster().size() + " rows from " + (roster == null ? "the bundled sample"
              : roster));
      SyncPlan plan = sync.plan(rows.scoped());
      out.print(plan.render());
      SyncReport report = sync.apply(plan, Approvals.none());
      RunText.print(report, sync, out, false);
      sync.plan(rows.scoped()).plan(Target.HR_FEED).ifPresent(again -> {
        out.println("\n== HR Feed: plan again ==");
        out.print(again.render());
      });
      return ExitCode.of(report, false);
    }
  }

  private MappedRoster read(Console console) {
    Path file = SyncOptions.resolve(console, roster);
    if (file != null) {
      return Wiring.read(file, SyncOptions.resolve(console, mapping));
    }
    try (CsvSource sample = CsvSource.of("sample-roster.csv", new InputStreamReader(
        Objects.requireNonNull(DemoCommand.class.getResourceAsStream(SAMPLE), SAMPLE),
        StandardCharsets.UTF_8))) {
      return RosterMapping.standard(sample.columns()).read(sample);
    }
  }
}
