package io.github.hrsync.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.hrsync.cli.config.CliConfig;
import io.github.hrsync.cli.config.ConfigException;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Breach;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hrsync history}: the runs the run log recorded, newest first, or one whole: its roster,
 * per target the plan's fingerprint and counts, the guard's verdict, who approved it and why,
 * every operation with the server's answer, and the outcome. {@code --output json} prints the
 * records themselves (format {@value #FORMAT}).
 */
@Command(name = "history", description = "Lists the recorded runs, newest first, or shows one.")
final class HistoryCommand implements Callable<Integer> {
  /** The JSON form's name. */
  static final String FORMAT = "hrsync.history.v1";
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  @ParentCommand
  @Nullable HrsyncCommand hrsync;

  @Mixin
  SyncOptions options = new SyncOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "RUN-ID",
      description = "Show this run whole.")
  @Nullable String runId;

  @Option(names = "--last", paramLabel = "N", defaultValue = "20",
      description = "How many runs to list (1 to 1000, default 20).")
  int last = 20;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (format hrsync.history.v1).")
  Format output = Format.TEXT;

  /**
   * The JSON form.
   *
   * @param format {@value #FORMAT}
   * @param runs the runs, newest first
   */
  record Runs(String format, List<RunRecord> runs) {}

  @Override
  public Integer call() {
    HrsyncCommand parent = PlanCommand.parent(hrsync);
    if (last < 1 || last > RunHistory.MAX_RECENT) {
      throw new ConfigException("--last takes 1 to " + RunHistory.MAX_RECENT);
    }
    CliConfig config = options.config(parent.console());
    Path directory = config.runLog();
    if (!Files.isDirectory(directory)) {
      throw new ConfigException("no run log in " + directory + "; name it with runLog in "
          + "hrsync.yaml or --run-log=DIR");
    }
    RunHistory history = new RunHistory(FileRunLog.open(directory));
    List<RunRecord> runs;
    if (runId == null) {
      runs = history.recent(last);
    } else {
      Optional<RunRecord> run = history.run(runId);
      if (run.isEmpty()) {
        parent.console().err().println("error: no run " + runId + " in " + directory
            + "; hrsync history lists the runs");
        return ExitCode.FAILED;
      }
      runs = List.of(run.get());
    }
    PrintStream out = parent.text();
    if (output == Format.JSON) {
      try {
        parent.console().out().println(JSON.writeValueAsString(new Runs(FORMAT, runs)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else if (runId == null) {
      list(runs, directory, out);
    } else {
      show(runs.get(0), out);
    }
    return ExitCode.OK;
  }

  private static void list(List<RunRecord> runs, Path directory, PrintStream out) {
    out.println(runs.size() + " run(s) in " + directory + ", newest first:");
    for (RunRecord run : runs) {
      StringBuilder line = new StringBuilder("  ").append(run.runId()).append("  ")
          .append(run.startedAt()).append("  ").append(run.dryRun() ? "dry run" : "run")
          .append(run.complete() ? "" : " (INCOMPLETE: it never ended)")
          .append(", ").append(run.rosterRows()).append(" rows");
      for (TargetRecord target : run.targets()) {
        line.append("; ").append(target.target().displayName()).append(": ")
            .append(target.status() == null ? "never ended" : target.status())
            .append(" +").append(target.adds()).append(" ~").append(target.changes())
            .append(" -").append(target.removals());
        Approval approval = target.approval();
        if (approval != null) {
          line.append(target.approvalUsed() ? ", approved by " : ", approval offered (not "
              + "used) by ").append(approval.approvedBy() == null ? "(not said)"
              : approval.approvedBy());
        }
      }
      out.println(line);
    }
  }

  private static void show(RunRecord run, PrintStream out) {
    out.println("Run " + run.runId() + (run.dryRun() ? " (dry run)" : ""));
    out.println("  started  " + run.startedAt());
    out.println("  finished " + (run.finishedAt() == null ? "never: the run was killed or "
        + "interrupted, and this is what it recorded" : run.finishedAt()));
    out.println("  roster   " + run.rosterRows() + " rows, SHA-256 " + run.rosterDigest());
    for (TargetRecord target : run.targets()) {
      out.println("\n== " + target.target().displayName() + " ==");
      out.println("  plan " + target.fingerprint() + ": " + target.adds() + " to add, "
          + target.changes() + " to change, " + target.removals() + " to remove");
      if (target.verdict() != null) {
        out.println("  guard: " + (target.verdict().allowed() ? "within every limit"
            : target.verdict().refusal()));
        for (Breach breach : target.verdict().breaches()) {
          out.println("    " + breach.dimension() + ": " + breach.count() + " of "
              + breach.base() + ", limit " + breach.limit());
        }
      }
      Approval approval = target.approval();
      if (approval != null) {
        out.println((target.approvalUsed() ? "  approved: " : "  approval offered, not used "
            + "(it did not name this plan, or the plan needed none): ") + approval.fingerprint()
            + " by "
            + (approval.approvedBy() == null ? "(not said)" : approval.approvedBy())
            + (approval.approvedAt() == null ? "" : " at " + approval.approvedAt())
            + (approval.reason() == null ? "" : ", because: " + approval.reason()));
      }
      for (OperationRecord op : target.operations()) {
        out.println("  " + op.outcome() + " " + op.kind() + " " + op.key()
            + (op.fields().isEmpty() ? "" : " " + op.fields()) + " -> "
            + (op.status() == 0 ? "no answer" : op.status())
            + (op.requestId() == null ? "" : " (request " + op.requestId() + ")")
            + ", " + op.attempts() + " attempt(s), " + millis(op.duration())
            + (op.error() == null ? "" : ": " + op.error()));
      }
      out.println("  outcome: " + (target.status() == null ? "never ended"
          : target.status() + (target.message() == null ? "" : ": " + target.message())));
    }
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }
}
