package io.github.hrsync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of everything hrsync throws on purpose: a failed API call ({@link ApiException} and
 * its status types, with transport failures, time-outs and interrupts), an unusable rate budget
 * ({@link RateBudgetException}), a guard's refusal, a stale plan, a roster that fails validation
 * and a webhook that cannot be read: everything that depends on what was read at run time.
 * {@code catch (HrSyncException e)} catches what the SDK reports and nothing else. Programming
 * errors, found before anything is sent or read, are not: a {@code null} argument
 * ({@link NullPointerException}) and an argument or builder setting no call could accept
 * ({@link IllegalArgumentException}).
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
