package io.github.hrsync.cli.command;

import io.github.hrsync.cli.config.CliConfig;
import io.github.hrsync.cli.config.ConfigException;
import io.github.hrsync.cli.config.ConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every syncing command shares: the config file and what flags lay over it. */
final class SyncOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "The config file (default: ./hrsync.yaml when there is one).")
  @Nullable Path config;

  @Option(names = "--jobticket-url", paramLabel = "URL",
      description = "JobTicket's base URL (over jobticket.url).")
  @Nullable String jobTicketUrl;

  @Option(names = "--integration-id", paramLabel = "N",
      description = "JobTicket's HR integration (over jobticket.integrationId).")
  @Nullable Long integrationId;

  @Option(names = "--hrfeed-url", paramLabel = "URL",
      description = "The HR Feed's base URL (over hrfeed.url).")
  @Nullable String hrFeedUrl;

  @Option(names = "--roster", paramLabel = "FILE",
      description = "The roster export, CSV (over roster.file).")
  @Nullable Path roster;

  @Option(names = "--mapping", paramLabel = "FILE",
      description = "The mapping of the export's columns (over roster.mapping).")
  @Nullable Path mapping;

  @Option(names = "--run-log", paramLabel = "DIR",
      description = "The run log's directory (over runLog).")
  @Nullable Path runLog;

  @Option(names = "--rate-budget-dir", paramLabel = "DIR",
      description = "The rate budgets' directory (over rateBudgetDir).")
  @Nullable Path rateBudgetDir;

  /**
   * @param console where the command runs
   * @return the configuration: {@code --config}, else {@code hrsync.yaml} in the working
   *     directory when there is one, with the flags over it
   * @throws ConfigException with every problem found
   */
  CliConfig config(Console console) {
    Path file = resolve(console, config);
    if (file != null && !Files.isRegularFile(file)) {
      throw new ConfigException("no config file " + file + "; check the path given to --config");
    }
    if (file == null) {
      Path found = console.workingDirectory().resolve(ConfigFile.DEFAULT_NAME);
      file = Files.isRegularFile(found) ? found : null;
    }
    return ConfigFile.load(file, new ConfigFile.Overrides(jobTicketUrl, integrationId,
        hrFeedUrl, resolve(console, roster), resolve(console, mapping),
        resolve(console, runLog), resolve(console, rateBudgetDir)));
  }

  /** A path given on the command line, relative to the working directory. */
  static @Nullable Path resolve(Console console, @Nullable Path path) {
    return path == null ? null : console.workingDirectory().resolve(path);
  }
}
