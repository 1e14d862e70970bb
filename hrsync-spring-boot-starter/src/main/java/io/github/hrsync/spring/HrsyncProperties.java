package io.github.hrsync.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hrsync.*}: the application's default sync, and under {@code hrsync.syncs.<name>.*} as
 * many named syncs as it runs (an integrator syncing many companies from one service), each with
 * the same keys.
 */
@ConfigurationProperties("hrsync")
public class HrsyncProperties extends SyncProperties {
  /** Named syncs, each with the keys of the default one. */
  private final Map<String, SyncProperties> syncs = new LinkedHashMap<>();

  /** @return the named syncs */
  public Map<String, SyncProperties> getSyncs() {
    return syncs;
  }
}
