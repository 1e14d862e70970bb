package io.github.hrsync.sync;

import io.github.hrsync.core.error.HrSyncException;
/**
 * A run was refused before any change because it would remove more records than the
 * {@link SafetyGuard} allows, or because the roster is empty. Nothing was sent. To go ahead,
 * approve exactly this plan by passing {@link #fingerprint()}, unless {@link #approvable()} says
 * no approval can pass it (a JobTicket sync can never be sent empty).
 */
public class MassRemovalRefusedException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  private final String fingerprint;
  private final boolean approvable;

  /**
   * Creates the exception for a plan that an approval of its fingerprint lets through.
   *
   * @param message why, with the numbers
   * @param fingerprint the refused plan's fingerprint
   */
  public MassRemovalRefusedException(String message, String fingerprint) {
    this(message, fingerprint, true);
  }

  /**
   * Creates the exception.
   *
   * @param message why, with the numbers
   * @param fingerprint the refused plan's fingerprint
   * @param approvable whether approving the fingerprint lets the plan through
   */
  public MassRemovalRefusedException(String message, String fingerprint, boolean approvable) {
    super(message, null);
    this.fingerprint = fingerprint;
    this.approvable = approvable;
  }

  /** @return whether approving {@link #fingerprint()} lets the refused plan through */
  public boolean approvable() {
    return approvable;
  }

  /** @return the fingerprint that approves exactly the refused plan */
  public String fingerprint() {
    return fingerprint;
  }
}
