package io.github.hrsync.sync.plan;

/** The platforms a roster is synced to. */
public enum Target {
  /** The JobTicket B2B API: one full-roster replace per run. */
  JOBTICKET("JobTicket", "jobticket"),
  /** The HR Feed API of the travel platform: one change per user that differs. */
  HR_FEED("HR Feed", "hrfeed");

  private final String displayName;
  private final String key;

  Target(String displayName, String key) {
    this.displayName = displayName;
    this.key = key;
  }

  /** @return the name a person reads, such as {@code HR Feed} */
  public String displayName() {
    return displayName;
  }

  /** @return a short lower-case key, such as {@code hrfeed} (flags, metrics, file names) */
  public String key() {
    return key;
  }
}
