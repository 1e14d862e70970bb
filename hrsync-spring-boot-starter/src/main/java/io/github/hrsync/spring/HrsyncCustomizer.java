package io.github.hrsync.spring;

import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.RosterSync;

/**
 * Adjusts what the starter builds from properties, before it is built: a bean of this type is
 * called for the default sync ({@code "default"}) and for each named one. Override only what you
 * need.
 */
public interface HrsyncCustomizer {
  /** The default sync's name. */
  String DEFAULT_SYNC = "default";

  /**
   * @param sync the sync's name
   * @param builder JobTicket's client builder, credentials and base URL set
   */
  default void customize(String sync, JobTicketClient.Builder builder) {}

  /**
   * @param sync the sync's name
   * @param builder the HR Feed's client builder, token and base URL set
   */
  default void customize(String sync, HrFeedClient.Builder builder) {}

  /**
   * @param sync the sync's name
   * @param builder the sync's builder, targets, guard and run log set
   */
  default void customize(String sync, RosterSync.Builder builder) {}
}
