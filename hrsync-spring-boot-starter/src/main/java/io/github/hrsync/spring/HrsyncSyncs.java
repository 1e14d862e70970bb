package io.github.hrsync.spring;

import java.util.Map;

/**
 * Every sync the application runs, by name: {@code default} (from {@code hrsync.*}, or the
 * application's own {@code RosterSync} bean) and each of {@code hrsync.syncs.<name>.*}.
 */
public final class HrsyncSyncs {
  private final Map<String, NightlyRun> runs;

  /** @param runs the syncs' runs by name */
  public HrsyncSyncs(Map<String, NightlyRun> runs) {
    this.runs = Map.copyOf(runs);
  }

  /**
   * @param name a sync's name
   * @return its run: read the export, plan, apply, publish what went wrong
   * @throws IllegalArgumentException naming the syncs there are, when there is none by that
   *     name
   */
  public NightlyRun get(String name) {
    NightlyRun run = runs.get(name);
    if (run == null) {
      throw new IllegalArgumentException("no sync '" + name + "'; configured: "
          + runs.keySet());
    }
    return run;
  }

  /** @return the syncs' runs by name */
  public Map<String, NightlyRun> all() {
    return runs;
  }
}
