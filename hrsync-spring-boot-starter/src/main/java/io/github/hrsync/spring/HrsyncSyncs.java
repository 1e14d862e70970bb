package io.github.hrsync.spring;

import io.github.hrsync.sync.RosterSync;
import java.util.Map;
import java.util.NoSuchElementException;

/** The named syncs of {@code hrsync.syncs.<name>.*}, by name. */
public final class HrsyncSyncs {
  private final Map<String, RosterSync> syncs;

  /** @param syncs the syncs by name */
  public HrsyncSyncs(Map<String, RosterSync> syncs) {
    this.syncs = Map.copyOf(syncs);
  }

  /**
   * @param name a sync's name
   * @return the sync
   * @throws NoSuchElementException naming the syncs there are, when there is none by that name
   */
  public RosterSync get(String name) {
    RosterSync sync = syncs.get(name);
    if (sync == null) {
      throw new NoSuchElementException("no sync '" + name + "'; configured: " + syncs.keySet());
    }
    return sync;
  }

  /** @return the syncs by name */
  public Map<String, RosterSync> all() {
    return syncs;
  }
}
