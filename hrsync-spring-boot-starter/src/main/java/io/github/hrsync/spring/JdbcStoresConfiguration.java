package io.github.hrsync.spring;

import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.ratebudget.jdbc.JdbcRateBudgetStore;
import io.github.hrsync.ratebudget.jdbc.JdbcRunLog;
import io.github.hrsync.sync.audit.RunLog;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The run log and the rate budget in the application's database, when it has one and
 * hrsync-ratebudget-jdbc is on the classpath; their tables are made when absent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcRunLog.class)
@ConditionalOnSingleCandidate(DataSource.class)
class JdbcStoresConfiguration {
  @Bean
  @ConditionalOnMissingBean
  RunLog hrsyncRunLog(DataSource dataSource, HrsyncProperties properties) {
    JdbcRunLog log = JdbcRunLog.create(dataSource, properties.getRunLog().getTable());
    log.createTableIfAbsent();
    return log;
  }

  @Bean
  @ConditionalOnMissingBean
  RateBudgetStore hrsyncRateBudgetStore(DataSource dataSource) {
    JdbcRateBudgetStore store = JdbcRateBudgetStore.create(dataSource);
    store.createTableIfAbsent();
    return store;
  }
}
