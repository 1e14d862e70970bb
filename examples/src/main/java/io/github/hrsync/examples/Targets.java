package io.github.hrsync.examples;

import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.testkit.JobTicketSandbox;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.reader.CsvSource;
import io.github.hrsync.reader.MappedRoster;
import io.github.hrsync.reader.RosterMapping;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an example talks to. With no URL flags it starts the embedded sandbox, seeded with a
 * drifted copy of the roster, and uses its public sandbox credentials. With
 * {@code --jobticket-url=URL --integration-id=N} and/or {@code --hrfeed-url=URL} it talks to
 * those servers only, with credentials taken from the environment ({@code JOBTICKET_KEY_ID},
 * {@code JOBTICKET_KEY_SECRET}, {@code HR_FEED_TOKEN}), never from flags and never printed.
 * {@code --roster=FILE} reads another CSV instead of the bundled sample, in hrsync's column names
 * or through {@code --mapping=FILE} (a mapping file of {@code hrsync-roster-reader}). Against real servers,
 * every run of every program shares each credential's rate budget through a file in
 * {@code --rate-budget-dir=DIR} (default: {@link FileRateBudgetStore#defaultDirectory()}), so a
 * plan and its apply, or two overlapping jobs, never overrun JobTicket's limit together.
 *
 * <p>Every run is recorded in the run log, {@code --run-log=DIR} (against real servers the
 * default is {@code run-log} beside the rate budget directory; against the sandbox only when the
 * flag is given), which also turns on the guard across runs; {@code History} reads it back. An approval
 * flag records who approved and why with {@code --approved-by=NAME} and {@code --reason=TEXT}.
 */
public final class Targets implements AutoCloseable {
  private final @Nullable Sandbox sandbox;
  private final @Nullable JobTicketClient jobTicket;
  private final long integrationId;
  private final @Nullable HrFeedClient hrFeed;
  private final MappedRoster roster;
  private final String rosterName;
  private final Map<String, String> flags;
  private final Clock clock;

  private Targets(@Nullable Sandbox sandbox, @Nullable JobTicketClient jobTicket,
      long integrationId, @Nullable HrFeedClient hrFeed, MappedRoster roster,
      String rosterName, Map<String, String> flags, Clock clock) {
    this.sandbox = sandbox;
    this.jobTicket = jobTicket;
    this.integrationId = integrationId;
    this.hrFeed = hrFeed;
    this.roster = roster;
    this.rosterName = rosterName;
    this.flags = flags;
    this.clock = clock;
  }

  /**
   * @param name a flag name without {@code --}
   * @return the flag's value, if given
   */
  public @Nullable String flag(String name) {
    return flags.get(name);
  }

  /**
   * @param name a flag name without {@code --}
   * @param defaultValue the value when the flag is absent
   * @return the flag's value as a whole number
   * @throws IllegalArgumentException when the value is not a whole number from 0
   */
  public int number(String name, int defaultValue) {
    return Flags.number(flags, name, defaultValue);
  }

  /**
   * Opens the targets the arguments name.
   *
   * @param args the program arguments
   * @param env the environment (credentials)
   * @return the targets; close them to stop the sandbox
   * @throws IllegalArgumentException for a bad flag or a missing credential
   */
  public static Targets open(String[] args, Map<String, String> env) {
    return open(args, env, Clock.systemUTC(), Sleeper.system());
  }

  /**
   * Opens the targets on the given time (tests pass a {@code VirtualClock}, which the sandbox
   * counts its rate window on too).
   */
  static Targets open(String[] args, Map<String, String> env, Clock clock, Sleeper sleeper) {
    Map<String, String> flags = Flags.parse(args);
    String rosterPath = flags.get("roster");
    MappedRoster rows = readRoster(rosterPath, flags.get("mapping"));
    String rosterName = rosterPath == null ? "sample-roster.csv" : rosterPath;
    String jobTicketUrl = flags.get("jobticket-url");
    String hrFeedUrl = flags.get("hrfeed-url");
    if (jobTicketUrl == null && hrFeedUrl == null) {
      SandboxFaults faults = new SandboxFaults(Flags.number(flags, "reset-every", 0),
          Flags.number(flags, "unavailable-every", 0),
          Duration.ofMillis(Flags.number(flags, "delay-ms", 0)));
      Sandbox sandbox = Sandbox.start(faults, clock);
      DemoScenario.seed(sandbox, rows.roster().employees());
      // with injected faults, give every call more attempts so that the demo shows retries
      // succeeding rather than the odd call that drew a fault four times in a row
      RetryPolicy retries = faults.equals(SandboxFaults.none())
          ? RetryPolicy.defaults() : RetryPolicy.builder().maxAttempts(8).build();
      return new Targets(sandbox,
          JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
              .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET))
              .retryPolicy(retries).clock(clock).sleeper(sleeper)
              .applicationName("hrsync-examples").build(),
          JobTicketSandbox.INTEGRATION_ID,
          HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
              .token(Secret.of(Sandbox.HR_FEED_TOKEN)).retryPolicy(retries).clock(clock)
              .sleeper(sleeper).applicationName("hrsync-examples").build(),
          rows, rosterName, flags, clock);
    }
    RateBudgetStore budgets = budgetStore(flags.get("rate-budget-dir"));
    JobTicketClient jobTicket = null;
    long integrationId = 0;
    if (jobTicketUrl != null) {
      String id = flags.get("integration-id");
      if (id == null || !id.matches("[0-9]{1,18}")) {
        throw new IllegalArgumentException("--jobticket-url needs --integration-id=N (the id of "
            + "your HR integration, see List HR Integrations)");
      }
      integrationId = Long.parseLong(id);
      jobTicket = JobTicketClient.builder().baseUrl(jobTicketUrl)
          .credentials(required(env, "JOBTICKET_KEY_ID"), Secret.of(required(env,
              "JOBTICKET_KEY_SECRET"))).rateBudgetStore(budgets).clock(clock).sleeper(sleeper)
          .applicationName("hrsync-examples").build();
    }
    HrFeedClient hrFeed = hrFeedUrl == null ? null : HrFeedClient.builder().baseUrl(hrFeedUrl)
        .token(Secret.of(required(env, "HR_FEED_TOKEN"))).rateBudgetStore(budgets).clock(clock)
        .sleeper(sleeper).applicationName("hrsync-examples").build();
    return new Targets(null, jobTicket, integrationId, hrFeed, rows, rosterName, flags, clock);
  }

  /**
   * The same targets reached through other clients (tests wrap the clients to act between two
   * calls of a program); closing either closes the sandbox.
   */
  Targets withClients(@Nullable JobTicketClient otherJobTicket,
      @Nullable HrFeedClient otherHrFeed) {
    return new Targets(sandbox, otherJobTicket, integrationId, otherHrFeed,
        roster, rosterName, flags, clock);
  }

  /**
   * The one sync over the configured targets, recording each run in the run log when there is
   * one.
   *
   * @param progress hears about each HR Feed operation
   * @param concurrency HR Feed operations at once
   * @return the sync
   */
  RosterSync rosterSync(SyncObserver progress, int concurrency) {
    RosterSync.Builder sync = RosterSync.builder()
        .applyOptions(ApplyOptions.defaults().withConcurrency(concurrency).withObserver(progress));
    if (jobTicket != null) {
      sync.jobTicket(jobTicket, integrationId);
    }
    if (hrFeed != null) {
      sync.hrFeed(hrFeed);
    }
    Path runLog = runLogDirectory();
    if (runLog != null) {
      sync.runLog(FileRunLog.open(runLog));
    }
    return sync.build();
  }

  /**
   * @return where runs are recorded: {@code --run-log}, else beside the rate budgets against real
   *     servers, else (the sandbox) nowhere
   */
  @Nullable Path runLogDirectory() {
    return flags.containsKey("run-log") || sandbox == null ? runLog(flags) : null;
  }

  /**
   * @param flags the program's flags
   * @return {@code --run-log}, else {@code run-log} beside the rate budget directory
   *     ({@code --rate-budget-dir} or the default one)
   */
  static Path runLog(Map<String, String> flags) {
    String log = flags.get("run-log");
    if (log != null) {
      return Path.of(log);
    }
    String budgets = flags.get("rate-budget-dir");
    Path budgetDir = budgets == null ? FileRateBudgetStore.defaultDirectory()
        : Path.of(budgets).toAbsolutePath();
    return budgetDir.resolveSibling("run-log");
  }

  /**
   * The approvals the flags give, each with who approved and why ({@code --approved-by},
   * {@code --reason}) and the time now.
   *
   * @param jobTicket the {@code --approve-jobticket} fingerprint, if given
   * @param hrFeed the {@code --approve-hrfeed} fingerprint, if given
   * @return the approvals
   */
  Approvals approvals(@Nullable String jobTicket, @Nullable String hrFeed) {
    Approvals approvals = Approvals.none();
    if (jobTicket != null) {
      approvals = approvals.with(Target.JOBTICKET, approval(jobTicket));
    }
    if (hrFeed != null) {
      approvals = approvals.with(Target.HR_FEED, approval(hrFeed));
    }
    return approvals;
  }

  private Approval approval(String fingerprint) {
    Approval approval = Approval.of(fingerprint).at(clock.instant());
    String by = flags.get("approved-by");
    String reason = flags.get("reason");
    approval = by == null ? approval : approval.by(by);
    return reason == null ? approval : approval.because(reason);
  }

  /** @return the sandbox, when the example runs against it */
  public @Nullable Sandbox sandbox() {
    return sandbox;
  }

  /** @return the JobTicket client, if JobTicket is a target */
  public @Nullable JobTicketClient jobTicket() {
    return jobTicket;
  }

  /** @return the JobTicket HR integration id */
  public long integrationId() {
    return integrationId;
  }

  /** @return the HR Feed client, if the HR Feed is a target */
  public @Nullable HrFeedClient hrFeed() {
    return hrFeed;
  }

  /**
   * @param row a data row, counted from 1 as roster validation counts
   * @return {@code data row N (file line M)}
   */
  String where(int row) {
    return "data row " + row + (row >= 1 && row <= roster.roster().size()
        ? " (file line " + roster.lineOf(row - 1) + ")" : "");
  }

  /** @return the roster's rows, read and validated by the mapping */
  public List<SourceEmployee> rows() {
    return roster.roster().employees();
  }

  /** @return a line saying what the example runs against */
  public String describe() {
    return (sandbox != null
        ? "against the embedded sandbox (no credentials needed; --jobticket-url/--hrfeed-url "
            + "for real servers)"
        : "against " + (jobTicket != null ? jobTicket : "") + " "
            + (hrFeed != null ? hrFeed : "")).strip()
        + "\nRoster: " + rows().size() + " rows from " + rosterName;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static RateBudgetStore budgetStore(@Nullable String directory) {
    try {
      return directory == null
          ? FileRateBudgetStore.inDefaultDirectory() : FileRateBudgetStore.in(Path.of(directory));
    } catch (RateBudgetException e) {
      throw new IllegalArgumentException(e.getMessage()
          + " (choose one with --rate-budget-dir=DIR)");
    }
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("set " + name + " in the environment (credentials are "
          + "never taken from flags)");
    }
    return value;
  }

  /**
   * Reads the roster file (the bundled sample when none is named) through a mapping file, or
   * through hrsync's own column names when none is named.
   */
  private static MappedRoster readRoster(@Nullable String path, @Nullable String mappingPath) {
    for (String file : new String[] {path, mappingPath}) {
      if (file != null && !Files.isRegularFile(Path.of(file))) {
        throw new IllegalArgumentException("file " + file + " does not exist");
      }
    }
    RosterMapping mapping = mappingPath == null ? null : RosterMapping.load(Path.of(mappingPath));
    try (CsvSource rows = path == null ? CsvSource.of("sample-roster.csv",
        new InputStreamReader(Objects.requireNonNull(Targets.class.getResourceAsStream(
            "/sample-roster.csv"), "bundled sample roster"), StandardCharsets.UTF_8))
        : CsvSource.open(Path.of(path), mapping == null ? StandardCharsets.UTF_8
            : mapping.encoding())) {
      return (mapping == null ? RosterMapping.standard(rows.columns()) : mapping).read(rows);
    }
  }
}
