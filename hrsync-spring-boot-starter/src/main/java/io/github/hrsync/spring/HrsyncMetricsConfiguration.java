package io.github.hrsync.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer, when the application has it: metrics and observations of every call and sync step,
 * in the application's registries (resolved when first used, so whichever auto-configuration makes
 * them), else in Micrometer's global one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
class HrsyncMetricsConfiguration {
  @Bean
  @ConditionalOnMissingBean
  HrsyncMicrometer hrsyncMicrometer(ObjectProvider<MeterRegistry> meters,
      ObjectProvider<ObservationRegistry> observations) {
    return new HrsyncMicrometer(meters.getIfAvailable(() -> io.micrometer.core.instrument
        .Metrics.globalRegistry), observations.getIfAvailable(() -> ObservationRegistry.NOOP));
  }
}
