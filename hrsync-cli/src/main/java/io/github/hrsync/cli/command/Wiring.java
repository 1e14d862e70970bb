package io.github.hrsync.cli.command;

import io.github.hrsync.cli.config.CliConfig;
import io.github.hrsync.cli.config.CliConfig.HrFeedTarget;
import io.github.hrsync.cli.config.CliConfig.JobTicketTarget;
import io.github.hrsync.cli.config.ConfigException;
import io.github.hrsync.cli.config.ConfigFile;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.reader.MappedRoster;
import io.github.hrsync.reader.RosterMapping;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.observe.SyncObserver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a configuration into what a run needs: the clients (credentials read from where the
 * config names, every process on the host sharing each credential's rate budget through a file),
 * one {@link RosterSync} over the configured targets with the run log, and the roster read through
 * its mapping.
 */
final class Wiring {
  private static final String APPLICATION = "hrsync-cli";

  private Wiring() {}

  /**
   * @param config the configuration
   * @param env the environment credentials are read from
   * @param progress hears each HR Feed operation
   * @param concurrency HR Feed operations at once
   * @return the sync over every configured target
   * @throws ConfigException when no target is configured or a credential cannot be read
   */
  static RosterSync sync(CliConfig config, Console console, SyncObserver progress,
      int concurrency) {
    Map<String, String> env = console.env();
    JobTicketTarget jobTicket = config.jobTicket();
    HrFeedTarget hrFeed = config.hrFeed();
    if (jobTicket == null && hrFeed == null) {
      throw new ConfigException("no target: configure jobticket and/or hrfeed in "
          + ConfigFile.DEFAULT_NAME + " (or pass --jobticket-url/--hrfeed-url); hrsync demo runs "
          + "against a sandbox with no configuration");
    }
    RateBudgetStore budgets = FileRateBudgetStore.in(config.rateBudgetDir());
    List<String> problems = new ArrayList<>();
    RosterSync.Builder sync = RosterSync.builder().guard(config.guard())
        .applyOptions(ApplyOptions.defaults().withConcurrency(concurrency).withObserver(progress))
        .runLog(FileRunLog.open(config.runLog()));
    if (jobTicket != null) {
      collect(problems, () -> sync.jobTicket(jobTicket(jobTicket, console, budgets),
          jobTicket.integrationId()));
    }
    if (hrFeed != null) {
      collect(problems, () -> sync.hrFeed(hrFeed(hrFeed, console, budgets)));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return sync.build();
  }

  static JobTicketClient jobTicket(JobTicketTarget target, Console console,
      RateBudgetStore budgets) {
    Map<String, String> env = console.env();
    List<String> problems = new ArrayList<>();
    String[] keyId = new String[1];
    String[] keySecret = new String[1];
    collect(problems, () -> keyId[0] = target.keyId().resolve(env, "jobticket.keyId"));
    collect(problems, () -> keySecret[0] = target.keySecret().resolve(env,
        "jobticket.keySecret"));
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return JobTicketClient.builder().baseUrl(target.url())
        .credentials(keyId[0], Secret.of(keySecret[0])).rateBudgetStore(budgets)
        .clock(console.clock()).sleeper(console.sleeper()).applicationName(APPLICATION).build();
  }

  static HrFeedClient hrFeed(HrFeedTarget target, Console console, RateBudgetStore budgets) {
    HrFeedClient.Builder client = HrFeedClient.builder()
        .token(Secret.of(target.token().resolve(console.env(), "hrfeed.token")))
        .rateBudgetStore(budgets).clock(console.clock()).sleeper(console.sleeper())
        .applicationName(APPLICATION);
    String url = target.url();
    return (url != null ? client.baseUrl(url)
        : client.agencyDomain(String.valueOf(target.agencyDomain()))).build();
  }

  /**
   * Reads the roster the config names, through its mapping (or hrsync's own column names).
   *
   * @param config the configuration
   * @return the rows, mapped, validated and scoped
   * @throws ConfigException when no roster is named, or a file named does not exist
   */
  static MappedRoster roster(CliConfig config) {
    Path file = config.roster();
    if (file == null) {
      throw new ConfigException("no roster: name the export in " + ConfigFile.DEFAULT_NAME
          + " (roster: {file: export.csv}) or with --roster=FILE");
    }
    return read(file, config.mapping());
  }

  /**
   * @param file a CSV export
   * @param mappingFile its mapping, or {@code null} for hrsync's own column names
   * @return the rows, mapped, validated and scoped
   * @throws ConfigException when a file does not exist
   */
  static MappedRoster read(Path file, @Nullable Path mappingFile) {
    List<String> problems = new ArrayList<>();
    for (Path named : mappingFile == null ? List.of(file) : List.of(file, mappingFile)) {
      if (!Files.isRegularFile(named)) {
        problems.add("the file " + named + " does not exist; check roster.file and "
            + "roster.mapping (relative paths are relative to the config file)");
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return RosterMapping.readCsv(file, mappingFile);
  }

  /** Runs a step, keeping its configuration problems to report with the others. */
  private static void collect(List<String> problems, Runnable step) {
    try {
      step.run();
    } catch (ConfigException e) {
      problems.addAll(e.problems());
    }
  }
}
