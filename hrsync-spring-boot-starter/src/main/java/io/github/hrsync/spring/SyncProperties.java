package io.github.hrsync.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One sync's settings: its targets, its roster, its guard, its run log, its schedule and a
 * pending approval. {@code hrsync.*} is the application's default sync;
 * {@code hrsync.syncs.<name>.*} each named sync, with the same keys.
 */
public class SyncProperties {
  private final JobTicket jobticket = new JobTicket();
  private final HrFeed hrfeed = new HrFeed();
  private final Roster roster = new Roster();
  private final Guard guard = new Guard();
  private final RunLog runLog = new RunLog();
  private final Http http = new Http();
  /** When the sync runs, as a Quartz cron expression ("0 0 2 * * ?"); unset: never on its own. */
  private @Nullable String schedule;
  /**
   * Whether JobTicket's replace is left unsent when it changes nothing the plan compares (names,
   * e-mail, birth date, image). It then never sends a change of only a start date or absences.
   */
  private boolean skipUnchangedReplace;
  private final Approval approval = new Approval();

  /** @return JobTicket as a target */
  public JobTicket getJobticket() {
    return jobticket;
  }

  /** @return the HR Feed as a target */
  public HrFeed getHrfeed() {
    return hrfeed;
  }

  /** @return the roster export and its mapping */
  public Roster getRoster() {
    return roster;
  }

  /** @return the guard's limits */
  public Guard getGuard() {
    return guard;
  }

  /** @return where runs are recorded */
  public RunLog getRunLog() {
    return runLog;
  }

  /** @return time-outs and retries of both clients */
  public Http getHttp() {
    return http;
  }

  /** @return the cron expression, or {@code null} */
  public @Nullable String getSchedule() {
    return schedule;
  }

  /** @param schedule a Quartz cron expression, such as {@code 0 0 2 * * ?} */
  public void setSchedule(@Nullable String schedule) {
    this.schedule = schedule;
  }

  /** @return whether an unchanged replace is left unsent */
  public boolean isSkipUnchangedReplace() {
    return skipUnchangedReplace;
  }

  /** @param skipUnchangedReplace whether an unchanged replace is left unsent */
  public void setSkipUnchangedReplace(boolean skipUnchangedReplace) {
    this.skipUnchangedReplace = skipUnchangedReplace;
  }

  /** @return an approval waiting for the plan it names */
  public Approval getApproval() {
    return approval;
  }

  /** JobTicket: its base URL, HR integration and API key. */
  public static class JobTicket {
    /** JobTicket's base URL; with the key, makes JobTicket a target. */
    private @Nullable String baseUrl;
    /** The HR integration the roster replaces. */
    private @Nullable Long integrationId;
    /** The API key's id. */
    private @Nullable String keyId;
    /** The API key's secret; shown as ****** by the actuator. */
    private @Nullable String keySecret;

    /** @return the base URL */
    public @Nullable String getBaseUrl() {
      return baseUrl;
    }

    /** @param baseUrl the base URL */
    public void setBaseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /** @return the HR integration's id */
    public @Nullable Long getIntegrationId() {
      return integrationId;
    }

    /** @param integrationId the HR integration's id */
    public void setIntegrationId(@Nullable Long integrationId) {
      this.integrationId = integrationId;
    }

    /** @return the key's id */
    public @Nullable String getKeyId() {
      return keyId;
    }

    /** @param keyId the key's id */
    public void setKeyId(@Nullable String keyId) {
      this.keyId = keyId;
    }

    /** @return the key's secret */
    public @Nullable String getKeySecret() {
      return keySecret;
    }

    /** @param keySecret the key's secret */
    public void setKeySecret(@Nullable String keySecret) {
      this.keySecret = keySecret;
    }

    /** @return whether any key of this target is set */
    boolean anySet() {
      return baseUrl != null || integrationId != null || keyId != null || keySecret != null;
    }
  }

  /** The HR Feed: its base URL (or the agency's domain) and token. */
  public static class HrFeed {
    /** The HR Feed's base URL. */
    private @Nullable String baseUrl;
    /** The travel agency's domain: https://{domain}/api/v2/hr-feed. */
    private @Nullable String agencyDomain;
    /** The HR Feed token (a JWT); shown as ****** by the actuator. */
    private @Nullable String token;

    /** @return the base URL */
    public @Nullable String getBaseUrl() {
      return baseUrl;
    }

    /** @param baseUrl the base URL */
    public void setBaseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /** @return the agency's domain */
    public @Nullable String getAgencyDomain() {
      return agencyDomain;
    }

    /** @param agencyDomain the agency's domain */
    public void setAgencyDomain(@Nullable String agencyDomain) {
      this.agencyDomain = agencyDomain;
    }

    /** @return the token */
    public @Nullable String getToken() {
      return token;
    }

    /** @param token the token */
    public void setToken(@Nullable String token) {
      this.token = token;
    }

    /** @return whether any key of this target is set */
    boolean anySet() {
      return baseUrl != null || agencyDomain != null || token != null;
    }
  }

  /** The roster: an export file and the mapping of its columns. */
  public static class Roster {
    /** The CSV export. */
    private @Nullable Path file;
    /** The mapping file (hrsync-roster-reader); unset: hrsync's own column names. */
    private @Nullable Path mapping;

    /** @return the export */
    public @Nullable Path getFile() {
      return file;
    }

    /** @param file the export */
    public void setFile(@Nullable Path file) {
      this.file = file;
    }

    /** @return the mapping */
    public @Nullable Path getMapping() {
      return mapping;
    }

    /** @param mapping the mapping */
    public void setMapping(@Nullable Path mapping) {
      this.mapping = mapping;
    }
  }

  /** The removal guard's limit; the other dimensions keep their defaults. */
  public static class Guard {
    /** The largest share of current records one run may remove, 0 to 1. */
    private double maxRemovalShare = 0.20;
    /** The largest number of records one run may remove. */
    private int maxRemovals = 500;

    /** @return the share */
    public double getMaxRemovalShare() {
      return maxRemovalShare;
    }

    /** @param maxRemovalShare the share, 0 to 1 */
    public void setMaxRemovalShare(double maxRemovalShare) {
      this.maxRemovalShare = maxRemovalShare;
    }

    /** @return the count */
    public int getMaxRemovals() {
      return maxRemovals;
    }

    /** @param maxRemovals the count */
    public void setMaxRemovals(int maxRemovals) {
      this.maxRemovals = maxRemovals;
    }
  }

  /** The run log: the application's DataSource when there is one, else a directory. */
  public static class RunLog {
    /** The run log's directory, when the application has no DataSource. */
    private Path directory = Path.of("hrsync-run-log");
    /** The run log's table, when the application has a DataSource. */
    private String table = "hrsync_run_log";

    /** @return the directory */
    public Path getDirectory() {
      return directory;
    }

    /** @param directory the directory */
    public void setDirectory(Path directory) {
      this.directory = directory;
    }

    /** @return the table */
    public String getTable() {
      return table;
    }

    /** @param table the table */
    public void setTable(String table) {
      this.table = table;
    }
  }

  /** Both clients' time-outs and retries. */
  public static class Http {
    /** The longest one call may take, all its retries included. */
    private Duration deadline = Duration.ofMinutes(2);
    /** How many attempts one call makes at most. */
    private int maxAttempts = 3;

    /** @return the deadline */
    public Duration getDeadline() {
      return deadline;
    }

    /** @param deadline the deadline */
    public void setDeadline(Duration deadline) {
      this.deadline = deadline;
    }

    /** @return the attempts */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** @param maxAttempts the attempts */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }
  }

  /** An approval of one refused plan, used once by the next run whose plan it names. */
  public static class Approval {
    /** The JobTicket plan's fingerprint a person approved. */
    private @Nullable String jobticket;
    /** The HR Feed plan's fingerprint a person approved. */
    private @Nullable String hrfeed;
    /** Who approved. */
    private @Nullable String approvedBy;
    /** Why. */
    private @Nullable String reason;

    /** @return the JobTicket fingerprint */
    public @Nullable String getJobticket() {
      return jobticket;
    }

    /** @param jobticket the JobTicket fingerprint */
    public void setJobticket(@Nullable String jobticket) {
      this.jobticket = jobticket;
    }

    /** @return the HR Feed fingerprint */
    public @Nullable String getHrfeed() {
      return hrfeed;
    }

    /** @param hrfeed the HR Feed fingerprint */
    public void setHrfeed(@Nullable String hrfeed) {
      this.hrfeed = hrfeed;
    }

    /** @return who approved */
    public @Nullable String getApprovedBy() {
      return approvedBy;
    }

    /** @param approvedBy who approved */
    public void setApprovedBy(@Nullable String approvedBy) {
      this.approvedBy = approvedBy;
    }

    /** @return why */
    public @Nullable String getReason() {
      return reason;
    }

    /** @param reason why */
    public void setReason(@Nullable String reason) {
      this.reason = reason;
    }
  }
}
