package io.github.hrsync.cli.config;

import io.github.hrsync.sync.plan.SafetyGuard;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a run of the tool syncs, from {@code hrsync.yaml} with the flags laid over it: the targets
 * (each with where its credentials are read from), the roster and its mapping, the guard's
 * limits, the run log and the rate budgets' directory.
 *
 * @param file the config file read, or {@code null} when there was none
 * @param jobTicket JobTicket, when it is a target
 * @param hrFeed the HR Feed, when it is a target
 * @param roster the roster export, or {@code null} for none (the tool says how to name one)
 * @param mapping the mapping file, or {@code null} for hrsync's own column names
 * @param guard the guard's limits
 * @param runLog the run log's directory
 * @param rateBudgetDir the directory of the rate budgets every process on the host shares
 */
public record CliConfig(@Nullable Path file, @Nullable JobTicketTarget jobTicket,
    @Nullable HrFeedTarget hrFeed, @Nullable Path roster, @Nullable Path mapping,
    SafetyGuard guard, Path runLog, Path rateBudgetDir) {

  /**
   * JobTicket as a target.
   *
   * @param url the API's base URL
   * @param integrationId the HR integration the roster replaces
   * @param keyId where the API key id is read from
   * @param keySecret where the API key secret is read from
   */
  public record JobTicketTarget(String url, long integrationId, SecretRef keyId,
      SecretRef keySecret) {}

  /**
   * The HR Feed as a target.
   *
   * @param url the API's base URL, or {@code null} when {@code agencyDomain} names it
   * @param agencyDomain the travel agency's domain ({@code https://{domain}/api/v2/hr-feed}), or
   *     {@code null} when {@code url} is given
   * @param token where the token is read from
   */
  public record HrFeedTarget(@Nullable String url, @Nullable String agencyDomain,
      SecretRef token) {}

  /** @return the configuration as {@code hrsync check} prints it, every credential as ***. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append("config:        ").append(file == null ? "(none: flags only)" : file).append('\n');
    if (jobTicket != null) {
      text.append("jobticket:     ").append(jobTicket.url()).append(", integration ")
          .append(jobTicket.integrationId()).append(", keyId ").append(jobTicket.keyId())
          .append(", keySecret ").append(jobTicket.keySecret()).append('\n');
    }
    if (hrFeed != null) {
      text.append("hrfeed:        ").append(hrFeed.url() != null ? hrFeed.url()
          : "agency domain " + hrFeed.agencyDomain()).append(", token ")
          .append(hrFeed.token()).append('\n');
    }
    text.append("roster:        ").append(roster == null ? "(none)" : roster)
        .append(mapping == null ? " in hrsync's column names" : " through " + mapping)
        .append('\n');
    text.append("guard:         ").append(guard).append('\n');
    text.append("runLog:        ").append(runLog).append('\n');
    text.append("rateBudgetDir: ").append(rateBudgetDir).append('\n');
    return text.toString();
  }
}
