package io.github.hrsync.sync;

/**
 * A run was refused before any change because it would remove more records than the
 * {@link SafetyGuard} allows, or because the roster is empty. Nothing was sent. To go ahead,
 * approve exactly this plan by passing {@link #fingerprint()}.
 */
public class MassRemovalRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String fingerprint;

  /**
   * Creates the exception.
   *
   * @param message why, with the numbers
   * @param fingerprint the refused plan's fingerprint
   */
  public MassRemovalRefusedException(String message, String fingerprint) {
    super(message);
    this.fingerprint = fingerprint;
  }

  /** @return the fingerprint that approves exactly the refused plan */
  public String fingerprint() {
    return fingerprint;
  }
}
