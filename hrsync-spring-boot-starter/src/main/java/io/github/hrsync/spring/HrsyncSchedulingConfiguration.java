package io.github.hrsync.spring;

import org.quartz.Scheduler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedules, in the application's Quartz scheduler (Boot's Quartz support), if it has one. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Scheduler.class)
@ConditionalOnBean(Scheduler.class)
class HrsyncSchedulingConfiguration {
  @Bean
  HrsyncSchedule hrsyncSchedule(Scheduler scheduler, HrsyncProperties properties) {
    return new HrsyncSchedule(scheduler, properties);
  }
}
