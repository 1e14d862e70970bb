package io.github.hrsync.sync.jobticket;

/**
 * How far JobTicket has processed a roster replace.
 *
 * @param syncId the sync followed
 * @param processed roster employees whose integration link shows this {@code syncId}
 * @param expected employees in the roster
 */
public record SyncProgress(String syncId, int processed, int expected) {

  /** @return whether every roster employee shows the sync */
  public boolean complete() {
    return processed >= expected;
  }
}
