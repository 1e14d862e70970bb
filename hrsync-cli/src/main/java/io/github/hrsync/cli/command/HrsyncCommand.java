package io.github.hrsync.cli.command;

import io.github.hrsync.cli.config.ConfigException;
import io.github.hrsync.cli.output.SdkLog;
import io.github.hrsync.cli.output.TerminalText;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.reader.MappingException;
import io.github.hrsync.reader.RosterReadException;
import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.roster.RosterValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code hrsync}: the operator's tool, its subcommands and how every failure is one line. */
@Command(name = "hrsync", mixinStandardHelpOptions = true,
    versionProvider = HrsyncCommand.Version.class,
    description = "Keeps JobTicket and the HR Feed in step with your HR export.%n"
        + "Exit codes: 0 done or no changes, 1 a target failed or a plan was stale, 2 bad "
        + "input (plan --detailed-exitcode: changes), 3 a guard refused.",
    subcommands = {PlanCommand.class, ApplyCommand.class, HistoryCommand.class,
        CheckCommand.class, SandboxCommand.class, DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class HrsyncCommand {
  private final Console console;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show every request and, for an unexpected error, its details.")
  boolean verbose;

  private HrsyncCommand(Console console) {
    this.console = console;
  }

  /**
   * Runs the tool.
   *
   * @param console where it runs
   * @param args the command line
   * @return the exit code
   */
  public static int run(Console console, String... args) {
    HrsyncCommand hrsync = new HrsyncCommand(console);
    CommandLine cli = new CommandLine(hrsync).setCaseInsensitiveEnumValuesAllowed(true);
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().description("Prints a bash/zsh completion "
        + "script: source <(hrsync completion)");
    cli.addSubcommand("completion", completion);
    cli.setOut(new PrintWriter(console.out(), true));
    cli.setErr(new PrintWriter(console.err(), true));
    cli.setParameterExceptionHandler((e, args1) -> {
      console.err().println("error: " + e.getMessage() + " (hrsync "
          + String.join(" ", e.getCommandLine().getCommandSpec().qualifiedName(" ")
              .replaceFirst("^hrsync ?", "")) + " --help lists the options)");
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> hrsync.failed(e));
    try (SdkLog log = SdkLog.to(console.err(), args.length > 0
        && List.of(args).contains("--verbose"))) {
      return cli.execute(args);
    }
  }

  /** @return where the tool runs */
  Console console() {
    return console;
  }

  /** @return the results' stream, with text from elsewhere shown as text */
  PrintStream text() {
    return new TerminalText(console.out());
  }

  /** Prints a failure as one line (a line per problem) and picks its exit code. */
  private int failed(Exception e) {
    PrintStream err = console.err();
    if (e instanceof ConfigException config) {
      config.problems().forEach(problem -> err.println("error: " + problem));
      return ExitCode.USAGE;
    }
    if (e instanceof RosterReadException || e instanceof MappingException
        || e instanceof RosterValidationException || e instanceof InvalidPlanException
        || e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (e instanceof HrSyncException || e instanceof ApiException
        || e instanceof UncheckedIOException) {
      err.println("error: " + e.getMessage());
      return ExitCode.FAILED;
    }
    err.println("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + (verbose ? "" : " (run again with --verbose for the details)"));
    if (verbose) {
      e.printStackTrace(err);
    }
    return ExitCode.FAILED;
  }

  /** The version the build wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties version = new Properties();
      try (InputStream in = HrsyncCommand.class.getResourceAsStream(
          "/io/github/hrsync/cli/version.properties")) {
        if (in != null) {
          version.load(in);
        }
      } catch (IOException e) {
        // the jar is damaged: say so in the version line rather than fail
      }
      return new String[] {"hrsync " + version.getProperty("version", "(unknown version)")
          + " on Java " + Runtime.version()};
    }
  }
}
