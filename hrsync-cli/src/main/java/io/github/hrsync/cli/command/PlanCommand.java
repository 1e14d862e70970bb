package io.github.hrsync.cli.command;

import io.github.hrsync.cli.config.CliConfig;
import io.github.hrsync.cli.config.ConfigException;
import io.github.hrsync.cli.output.Progress;
import io.github.hrsync.reader.MappedRoster;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.plan.Approvals;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hrsync plan}: what a sync would do to every target, and each guard's verdict. */
@Command(name = "plan", description = "Plans every configured target, prints the plan and "
    + "each guard's verdict; changes nothing.")
final class PlanCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable HrsyncCommand hrsync;

  @Mixin
  SyncOptions options = new SyncOptions();

  @Option(names = "--out", paramLabel = "FILE",
      description = "Save the plan: hrsync apply FILE applies exactly it, or refuses it as stale.")
  @Nullable Path out;

  @Option(names = "--detailed-exitcode",
      description = "Exit 0 no changes, 2 changes, 3 a guard would refuse, 1 an error.")
  boolean detailed;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (format hrsync.sync-plan.v1).")
  Format output = Format.TEXT;

  @Override
  public Integer call() {
    Console console = parent(hrsync).console();
    CliConfig config = options.config(console);
    MappedRoster roster = Wiring.roster(config);
    RosterSync sync = Wiring.sync(config, console,
        new Progress(console.err(), console.terminal(), console.clock()), 1);
    SyncPlan plan = sync.plan(roster.scoped());
    SyncReport verdicts = sync.dryRun(plan, Approvals.none());
    Path file = SyncOptions.resolve(console, out);
    if (file != null) {
      save(plan, file);
    }
    if (output == Format.JSON) {
      Writer json = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
      plan.writeJson(json);
      console.out().println();
    } else {
      PrintStream text = parent(hrsync).text();
      text.print(plan.render());
      RunText.print(verdicts, sync, text, true);
      text.println(file == null ? "\nDry run: nothing was changed."
          : "\nSaved the plan to " + file + ": hrsync apply " + file + " applies exactly "
              + "this plan, or refuses it when a target changed since.");
    }
    return ExitCode.of(verdicts, detailed);
  }

  /** Writes the plan where only its owner can read it: it holds people's data. */
  static void save(SyncPlan plan, Path file) {
    try {
      Files.deleteIfExists(file);
      try (OutputStream saved = Files.newOutputStream(ownerOnly(file))) {
        plan.save(saved);
      }
    } catch (IOException e) {
      throw new ConfigException("the plan cannot be saved to " + file + " ("
          + e.getClass().getSimpleName() + "); check --out names a file in a writable directory");
    }
  }

  private static Path ownerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    }
    return file;
  }

  static HrsyncCommand parent(@Nullable HrsyncCommand hrsync) {
    return Objects.requireNonNull(hrsync, "a subcommand runs under hrsync");
  }
}
