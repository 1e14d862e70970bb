package io.github.hrsync.spring;

import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.HealthStatus;
import io.github.hrsync.jobticket.JobTicketClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A health indicator per target of the default sync, grouped under {@code hrsync}: JobTicket's
 * own health endpoint, and one page of one HR Feed user (the cheapest read there is). Down shows
 * the failure's message, never a credential.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
class HrsyncHealthConfiguration {
  @Bean
  @ConditionalOnMissingBean(name = "hrsyncHealthContributor")
  HealthContributor hrsyncHealthContributor(ObjectProvider<JobTicketClient> jobTicket,
      ObjectProvider<HrFeedClient> hrFeed) {
    Map<String, HealthContributor> targets = new LinkedHashMap<>();
    jobTicket.ifAvailable(client -> targets.put("jobticket", (HealthIndicator) () -> {
      try {
        HealthStatus status = client.health();
        return (status.healthy() ? Health.up() : Health.down())
            .withDetail("status", status.statusCode()).build();
      } catch (HrSyncException e) {
        return Health.down().withDetail("error", e.getMessage()).build();
      }
    }));
    hrFeed.ifAvailable(client -> targets.put("hrfeed", (HealthIndicator) () -> {
      try {
        Object users = client.listUsers(1).pages().iterator().next().totalItems();
        return Health.up().withDetail("users", users == null ? "not said" : users).build();
      } catch (HrSyncException e) {
        return Health.down().withDetail("error", e.getMessage()).build();
      }
    }));
    return CompositeHealthContributor.fromMap(targets);
  }
}
