package io.github.hrsync.spring;

import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.observe.SyncObserver;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * hrsync in a Spring Boot application: from {@code hrsync.*} properties, the clients of the
 * configured targets, one {@link RosterSync} with its run log (the application's
 * {@code DataSource} when there is one, else a directory), and the named syncs. Every bean backs
 * off when the application defines its own; {@link HrsyncCustomizer} beans adjust the builders.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration"})
@EnableConfigurationProperties(HrsyncProperties.class)
// in this order: the application's database first, else a directory
// each optional part in its own configuration, read by its annotations before its class loads,
// so that a missing optional library leaves that part out rather than the starter
@Import({JdbcStoresConfiguration.class, FileStoresConfiguration.class,
    HrsyncMetricsConfiguration.class, HrsyncSchedulingConfiguration.class,
    HrsyncHealthConfiguration.class, HrsyncActuatorConfiguration.class})
public class HrsyncAutoConfiguration {

  /** @return how syncs are built, with the application's customizers and rate budget */
  @Bean
  @ConditionalOnMissingBean
  SyncFactory hrsyncSyncFactory(ObjectProvider<HrsyncCustomizer> customizers,
      ObjectProvider<RateBudgetStore> budgets, ObjectProvider<CallObserver> callObservers,
      ObjectProvider<SyncObserver> syncObservers) {
    return new SyncFactory(customizers.orderedStream().toList(), budgets.getIfAvailable(),
        callObservers.orderedStream().toList(), syncObservers.orderedStream().toList());
  }

  /**
   * @param factory how syncs are built
   * @param properties the properties
   * @return JobTicket's client of the default sync
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(OnTargetCondition.JobTicket.class)
  public JobTicketClient hrsyncJobTicketClient(SyncFactory factory, HrsyncProperties properties) {
    return java.util.Objects.requireNonNull(
        factory.jobTicket(HrsyncCustomizer.DEFAULT_SYNC, properties), "hrsync.jobticket");
  }

  /**
   * @param factory how syncs are built
   * @param properties the properties
   * @return the HR Feed's client of the default sync
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(OnTargetCondition.HrFeed.class)
  public HrFeedClient hrsyncHrFeedClient(SyncFactory factory, HrsyncProperties properties) {
    return java.util.Objects.requireNonNull(
        factory.hrFeed(HrsyncCustomizer.DEFAULT_SYNC, properties), "hrsync.hrfeed");
  }

  /**
   * @param factory how syncs are built
   * @param properties the properties
   * @param jobTicket JobTicket's client, the application's or the starter's
   * @param hrFeed the HR Feed's client, the application's or the starter's
   * @param runLog the run log
   * @return the default sync over the targets there are
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(AnyTarget.class)
  public RosterSync hrsyncRosterSync(SyncFactory factory, HrsyncProperties properties,
      ObjectProvider<JobTicketClient> jobTicket, ObjectProvider<HrFeedClient> hrFeed,
      RunLog runLog) {
    return factory.sync(HrsyncCustomizer.DEFAULT_SYNC, properties, jobTicket.getIfAvailable(),
        hrFeed.getIfAvailable(), runLog);
  }

  /**
   * @param factory how syncs are built
   * @param properties the properties
   * @param defaultSync the default sync, the application's or the starter's, if any
   * @param runLog the run log every sync records in
   * @param events where refusals, stale plans and failures are published
   * @param counters where they are counted (Micrometer, when the application has it)
   * @return every sync's run: the default one and the named ones
   *     ({@code hrsync.syncs.<name>.*}, each with its own clients)
   */
  @Bean
  @ConditionalOnMissingBean
  public HrsyncSyncs hrsyncSyncs(SyncFactory factory, HrsyncProperties properties,
      ObjectProvider<RosterSync> defaultSync, RunLog runLog,
      ApplicationEventPublisher events, ObjectProvider<OutcomeCounter> counters) {
    Map<String, NightlyRun> runs = new LinkedHashMap<>();
    OutcomeCounter counter = counters.getIfAvailable(() -> (name, outcome) -> { });
    RosterSync sync = defaultSync.getIfAvailable();
    if (sync != null) {
      runs.put(HrsyncCustomizer.DEFAULT_SYNC, new NightlyRun(HrsyncCustomizer.DEFAULT_SYNC, sync,
          properties, runLog, events::publishEvent, counter, Clock.systemUTC()));
    }
    properties.getSyncs().forEach((name, named) -> runs.put(name, new NightlyRun(name,
        factory.sync(name, named, factory.jobTicket(name, named), factory.hrFeed(name, named),
            runLog), named, runLog, events::publishEvent, counter, Clock.systemUTC())));
    return new HrsyncSyncs(runs);
  }

  /** Matches when the default sync has any target. */
  static final class AnyTarget extends AnyNestedCondition {
    AnyTarget() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(OnTargetCondition.JobTicket.class)
    static final class JobTicket {}

    @Conditional(OnTargetCondition.HrFeed.class)
    static final class HrFeed {}
  }

}
