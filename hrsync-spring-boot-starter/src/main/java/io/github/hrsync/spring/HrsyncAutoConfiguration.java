package io.github.hrsync.spring;

import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.ratebudget.jdbc.JdbcRateBudgetStore;
import io.github.hrsync.ratebudget.jdbc.JdbcRunLog;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunLog;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * hrsync in a Spring Boot application: from {@code hrsync.*} properties, the clients of the
 * configured targets, one {@link RosterSync} with its run log (the application's
 * {@code DataSource} when there is one, else a directory), and the named syncs. Every bean backs
 * off when the application defines its own; {@link HrsyncCustomizer} beans adjust the builders.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(HrsyncProperties.class)
public class HrsyncAutoConfiguration {

  /** @return how syncs are built, with the application's customizers and rate budget */
  @Bean
  @ConditionalOnMissingBean
  SyncFactory hrsyncSyncFactory(ObjectProvider<HrsyncCustomizer> customizers,
      ObjectProvider<RateBudgetStore> budgets) {
    return new SyncFactory(customizers.orderedStream().toList(), budgets.getIfAvailable());
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
   * @param runLog the run log every sync records in
   * @return the named syncs ({@code hrsync.syncs.<name>.*}), each with its own clients
   */
  @Bean
  @ConditionalOnMissingBean
  public HrsyncSyncs hrsyncSyncs(SyncFactory factory, HrsyncProperties properties,
      RunLog runLog) {
    Map<String, RosterSync> syncs = new LinkedHashMap<>();
    properties.getSyncs().forEach((name, sync) -> syncs.put(name, factory.sync(name, sync,
        factory.jobTicket(name, sync), factory.hrFeed(name, sync), runLog)));
    return new HrsyncSyncs(syncs);
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

  /** The run log and rate budget in the application's database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JdbcRunLog.class)
  @ConditionalOnBean(DataSource.class)
  static class Jdbc {
    @Bean
    @ConditionalOnMissingBean
    RunLog hrsyncRunLog(DataSource dataSource, HrsyncProperties properties) {
      return JdbcRunLog.create(dataSource, properties.getRunLog().getTable());
    }

    @Bean
    @ConditionalOnMissingBean
    RateBudgetStore hrsyncRateBudgetStore(DataSource dataSource) {
      return JdbcRateBudgetStore.create(dataSource);
    }
  }

  /** The run log in a directory, when the application has no database. */
  @Configuration(proxyBeanMethods = false)
  static class Files {
    @Bean
    @ConditionalOnMissingBean
    RunLog hrsyncRunLog(HrsyncProperties properties) {
      return FileRunLog.open(properties.getRunLog().getDirectory());
    }
  }
}
