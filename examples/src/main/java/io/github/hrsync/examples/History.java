package io.github.hrsync.examples;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLogException;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Breach;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the runs the run log recorded, newest first ({@code --last=N}, default 20), or shows one
 * whole with {@code --run=ID}: its roster, per target the plan's fingerprint and counts, the
 * guard's verdict, who approved it and why, every operation with the server's answer, and the
 * outcome. {@code --run-log=DIR} names the log (default: {@code run-log} beside the rate
 * budget directory, {@code --rate-budget-dir} or the default one). Exit codes: 0 shown, 1 the log cannot be read or has no such run, 2 bad arguments.
 */
public final class History {
  private History() {}

  /**
   * Prints the history.
   *
   * @param args {@code --run-log=DIR}, {@code --run=ID}, {@code --last=N}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream terminal) {
    PrintStream out = new TerminalText(terminal); // run-log text may hold escape sequences
    Map<String, String> flags;
    int last;
    try {
      flags = Flags.parse(args);
      last = Flags.number(flags, "last", 20);
      if (last < 1 || last > RunHistory.MAX_RECENT) {
        throw new IllegalArgumentException("--last takes 1 to " + RunHistory.MAX_RECENT);
      }
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
      return Program.USAGE;
    }
    Path directory = Targets.runLog(flags);
    if (!Files.isDirectory(directory)) {
      out.println("error: no run log in " + directory + " (name one with --run-log=DIR)");
      return Program.FAILED;
    }
    try {
      RunHistory history = new RunHistory(FileRunLog.open(directory));
      String runId = flags.get("run");
      if (runId == null) {
        list(history.recent(last), directory, out);
        return Program.OK;
      }
      Optional<RunRecord> run = history.run(runId);
      if (run.isEmpty()) {
        out.println("error: no run " + runId + " in " + directory);
        return Program.FAILED;
      }
      show(run.get(), out);
      return Program.OK;
    } catch (RunLogException e) {
      out.println("error: " + e.getMessage());
      return Program.FAILED;
    }
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
