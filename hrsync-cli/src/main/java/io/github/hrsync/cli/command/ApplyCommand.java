package io.github.hrsync.cli.command;

import io.github.hrsync.cli.config.CliConfig;
import io.github.hrsync.cli.config.ConfigException;
import io.github.hrsync.cli.output.Progress;
import io.github.hrsync.cli.output.ReportJson;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hrsync apply}: sends a saved plan, or plans and sends. */
@Command(name = "apply", description = "Applies a saved plan (refused as stale when a target "
    + "changed since), or plans and applies. A refused target is sent only with --approve.")
final class ApplyCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable HrsyncCommand hrsync;

  @Mixin
  SyncOptions options = new SyncOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "PLANFILE",
      description = "A plan saved by hrsync plan --out.")
  @Nullable Path planFile;

  @Option(names = "--approve", paramLabel = "TARGET=FINGERPRINT",
      description = "Send this exact refused plan: jobticket=FP and/or hrfeed=FP.")
  Map<String, String> approve = new LinkedHashMap<>();

  @Option(names = "--approved-by", paramLabel = "NAME", description = "Who approved.")
  @Nullable String approvedBy;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why.")
  @Nullable String reason;

  @Option(names = "--dry-run", description = "Say what would be done; send nothing.")
  boolean dryRun;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
      description = "HR Feed operations at once (default 4).")
  int concurrency = 4;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (format hrsync.apply-report.v1).")
  Format output = Format.TEXT;

  @Override
  public Integer call() {
    HrsyncCommand parent = PlanCommand.parent(hrsync);
    Console console = parent.console();
    Approvals approvals = approvals(console);
    CliConfig config = options.config(console);
    PrintStream text = parent.text();
    Path file = SyncOptions.resolve(console, planFile);
    SyncPlan plan;
    RosterSync sync;
    if (file != null) {
      plan = load(file);
      sync = Wiring.sync(config, console, progress(console), concurrency);
      for (SyncPlan.Part part : plan.parts()) {
        if (part.target() == Target.JOBTICKET && config.jobTicket() == null
            || part.target() == Target.HR_FEED && config.hrFeed() == null) {
          throw new ConfigException("the plan in " + file + " is for "
              + part.target().displayName() + ", which is not configured here; apply it "
              + "with the configuration it was planned with");
        }
      }
    } else {
      var roster = Wiring.roster(config);
      sync = Wiring.sync(config, console, progress(console), concurrency);
      plan = sync.plan(roster.scoped());
      if (output == Format.TEXT) {
        text.print(plan.render());
      }
    }
    SyncReport report = dryRun ? sync.dryRun(plan, approvals) : sync.apply(plan, approvals);
    return report(report, sync, console, text);
  }

  private int report(SyncReport report, RosterSync sync, Console console, PrintStream text) {
    if (output == Format.JSON) {
      Writer json = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
      ReportJson.write(report, dryRun, json);
      try {
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      RunText.print(report, sync, text, true);
      if (dryRun) {
        text.println("\nDry run: nothing was changed.");
      }
    }
    return ExitCode.of(report, false);
  }

  private static Progress progress(Console console) {
    return new Progress(console.err(), console.terminal(), console.clock());
  }

  private Approvals approvals(Console console) {
    Approvals approvals = Approvals.none();
    for (Map.Entry<String, String> entry : approve.entrySet()) {
      Target target = null;
      for (Target known : Target.values()) {
        if (known.key().equals(entry.getKey())) {
          target = known;
        }
      }
      if (target == null) {
        throw new ConfigException("--approve " + entry.getKey() + "=...: the target is "
            + "jobticket or hrfeed");
      }
      Approval approval = Approval.of(entry.getValue()).at(console.clock().instant());
      approval = approvedBy == null ? approval : approval.by(approvedBy);
      approvals = approvals.with(target, reason == null ? approval : approval.because(reason));
    }
    return approvals;
  }

  private static SyncPlan load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return SyncPlan.load(in);
    } catch (NoSuchFileException e) {
      throw new ConfigException("no plan file " + file + "; save one with hrsync plan --out "
          + file);
    } catch (IOException e) {
      throw new ConfigException("the plan file " + file + " cannot be read ("
          + e.getClass().getSimpleName() + "); check its path and permissions");
    }
  }
}
