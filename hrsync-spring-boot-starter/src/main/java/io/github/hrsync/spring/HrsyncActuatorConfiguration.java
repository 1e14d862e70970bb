package io.github.hrsync.spring;

import io.github.hrsync.sync.audit.RunLog;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With the Actuator: the runs endpoint ({@code /actuator/hrsync}), and hrsync's credentials
 * ({@code key-id}, {@code key-secret}, {@code token}, of every sync) shown as {@code ******} by
 * {@code /actuator/env} and {@code /actuator/configprops} even where an application shows values.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class HrsyncActuatorConfiguration {
  @Bean
  @ConditionalOnMissingBean
  HrsyncRunsEndpoint hrsyncRunsEndpoint(RunLog runLog) {
    return new HrsyncRunsEndpoint(runLog);
  }

  @Bean
  SanitizingFunction hrsyncCredentials() {
    return data -> isCredential(data) ? data.withSanitizedValue() : data;
  }

  /** A credential's key in any spelling: {@code hrsync.syncs.a.jobticket.key-secret}, {@code
   * HRSYNC_JOBTICKET_KEYSECRET}, and the same keys as configprops names them. */
  private static boolean isCredential(SanitizableData data) {
    String key = data.getLowerCaseKey().replace("-", "").replace("_", ".");
    return key.contains("hrsync") && (key.endsWith("keysecret") || key.endsWith("keyid")
        || key.endsWith("token"));
  }
}
