package io.github.hrsync.spring;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The run log in a directory ({@code hrsync.run-log.directory}), when no other is configured. */
@Configuration(proxyBeanMethods = false)
class FileStoresConfiguration {
  @Bean
  @ConditionalOnMissingBean
  RunLog hrsyncRunLog(HrsyncProperties properties) {
    return FileRunLog.open(properties.getRunLog().getDirectory());
  }
}
