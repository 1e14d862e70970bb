package io.github.hrsync.spring;

import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.plan.SafetyGuard;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds one sync's clients and {@link RosterSync} from its properties, the customizers called
 * on each builder. A target is configured when any of its keys is set, and then needs them all:
 * a half-configured one fails at start with every missing property named.
 */
final class SyncFactory {
  private static final String APPLICATION = "hrsync-spring-boot-starter";

  private final List<HrsyncCustomizer> customizers;
  private final @Nullable RateBudgetStore budgets;
  private final List<CallObserver> callObservers;
  private final List<SyncObserver> syncObservers;

  SyncFactory(List<HrsyncCustomizer> customizers, @Nullable RateBudgetStore budgets,
      List<CallObserver> callObservers, List<SyncObserver> syncObservers) {
    this.customizers = List.copyOf(customizers);
    this.budgets = budgets;
    this.callObservers = List.copyOf(callObservers);
    this.syncObservers = List.copyOf(syncObservers);
  }

  /**
   * @param name the sync's name
   * @param properties its properties
   * @return JobTicket's client, or {@code null} when JobTicket is not a target
   * @throws HrsyncPropertiesException naming every property missing
   */
  @Nullable JobTicketClient jobTicket(String name, SyncProperties properties) {
    SyncProperties.JobTicket jobTicket = properties.getJobticket();
    if (!jobTicket.anySet()) {
      return null;
    }
    String prefix = prefix(name) + "jobticket.";
    List<String> missing = new ArrayList<>();
    require(missing, jobTicket.getBaseUrl(), prefix + "base-url");
    require(missing, jobTicket.getIntegrationId(), prefix + "integration-id");
    require(missing, jobTicket.getKeyId(), prefix + "key-id");
    require(missing, jobTicket.getKeySecret(), prefix + "key-secret");
    failOn(missing, name, "JobTicket");
    JobTicketClient.Builder builder = JobTicketClient.builder()
        .baseUrl(String.valueOf(jobTicket.getBaseUrl()))
        .credentials(String.valueOf(jobTicket.getKeyId()),
            Secret.of(String.valueOf(jobTicket.getKeySecret())));
    http(builder, properties);
    customizers.forEach(customizer -> customizer.customize(name, builder));
    return builder.build();
  }

  /**
   * @param name the sync's name
   * @param properties its properties
   * @return the HR Feed's client, or {@code null} when the HR Feed is not a target
   * @throws HrsyncPropertiesException naming every property missing
   */
  @Nullable HrFeedClient hrFeed(String name, SyncProperties properties) {
    SyncProperties.HrFeed hrFeed = properties.getHrfeed();
    if (!hrFeed.anySet()) {
      return null;
    }
    String prefix = prefix(name) + "hrfeed.";
    List<String> missing = new ArrayList<>();
    if (hrFeed.getBaseUrl() == null && hrFeed.getAgencyDomain() == null) {
      missing.add(prefix + "base-url (or " + prefix + "agency-domain)");
    }
    require(missing, hrFeed.getToken(), prefix + "token");
    failOn(missing, name, "the HR Feed");
    HrFeedClient.Builder builder = HrFeedClient.builder()
        .token(Secret.of(String.valueOf(hrFeed.getToken())));
    String baseUrl = hrFeed.getBaseUrl();
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    } else {
      builder.agencyDomain(String.valueOf(hrFeed.getAgencyDomain()));
    }
    http(builder, properties);
    customizers.forEach(customizer -> customizer.customize(name, builder));
    return builder.build();
  }

  /**
   * @param name the sync's name
   * @param properties its properties
   * @param jobTicket JobTicket's client, or {@code null}
   * @param hrFeed the HR Feed's client, or {@code null}
   * @param runLog the run log
   * @return the sync over the targets there are
   * @throws HrsyncPropertiesException when there is no target or JobTicket has no integration
   */
  RosterSync sync(String name, SyncProperties properties, @Nullable JobTicketClient jobTicket,
      @Nullable HrFeedClient hrFeed, RunLog runLog) {
    if (jobTicket == null && hrFeed == null) {
      throw new HrsyncPropertiesException(List.of("sync '" + name + "' has no target: set "
          + prefix(name) + "jobticket.* and/or " + prefix(name) + "hrfeed.*"));
    }
    SyncProperties.Guard guard = properties.getGuard();
    RosterSync.Builder builder = RosterSync.builder().runLog(runLog)
        .guard(new SafetyGuard(guard.getMaxRemovalShare(), guard.getMaxRemovals()))
        .skipUnchangedReplace(properties.isSkipUnchangedReplace());
    syncObservers.forEach(builder::observer);
    if (jobTicket != null) {
      Long integration = properties.getJobticket().getIntegrationId();
      if (integration == null) {
        throw new HrsyncPropertiesException(List.of("set " + prefix(name)
            + "jobticket.integration-id"));
      }
      builder.jobTicket(jobTicket, integration);
    }
    if (hrFeed != null) {
      builder.hrFeed(hrFeed);
    }
    customizers.forEach(customizer -> customizer.customize(name, builder));
    return builder.build();
  }

  private void http(io.github.hrsync.core.ClientBuilder<?> builder, SyncProperties properties) {
    builder.callTimeout(properties.getHttp().getDeadline())
        .retryPolicy(RetryPolicy.builder().maxAttempts(properties.getHttp().getMaxAttempts())
            .build())
        .applicationName(APPLICATION);
    if (budgets != null) {
      builder.rateBudgetStore(budgets);
    }
    callObservers.forEach(builder::observer);
  }

  private static String prefix(String name) {
    return HrsyncCustomizer.DEFAULT_SYNC.equals(name) ? "hrsync." : "hrsync.syncs." + name + ".";
  }

  private static void require(List<String> missing, @Nullable Object value, String property) {
    if (value == null || value instanceof String text && text.isBlank()) {
      missing.add(property);
    }
  }

  private static void failOn(List<String> missing, String name, String target) {
    if (!missing.isEmpty()) {
      throw new HrsyncPropertiesException(List.of("sync '" + name + "' configures " + target
          + " only in part: set " + String.join(", ", missing)));
    }
  }
}
