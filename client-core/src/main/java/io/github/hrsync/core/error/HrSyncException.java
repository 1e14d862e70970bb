package io.github.hrsync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of everything hrsync throws on purpose: a failed API call ({@link ApiException} and
 * its status types, with transport failures, time-outs and interrupts), an unusable rate budget
 * ({@link RateBudgetException}), a guard's refusal, a stale plan, a roster that fails validation
 * and a webhook that cannot be read. {@code catch (HrSyncException e)} catches what the SDK
 * reports and nothing else; programming errors (a {@code null} where none is allowed, a bad
 * builder setting) stay {@link IllegalArgumentException}s and {@link IllegalStateException}s.
 *
 * <p>No message, cause or field of any subtype carries a credential.
 */
public abstract class HrSyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what happened, for a person
   * @param cause the underlying failure, if any
   */
  protected HrSyncException(String message, @Nullable Throwable cause) {
    super(java.util.Objects.requireNonNull(message, "message"), cause);
  }

  /** @return what happened, for a person; never {@code null} */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }
}
