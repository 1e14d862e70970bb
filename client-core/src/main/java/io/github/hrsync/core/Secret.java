package io.github.hrsync.core;

import java.util.Objects;

/**
 * A credential (API key secret, JWT) that never shows itself: {@link #toString()} is always
 * {@code Secret[redacted]}, so a secret that reaches a log line, an exception message or a
 * debugger's object view stays hidden. Only {@link #reveal()} returns the value.
 *
 * <p>Equality is identity: two secrets are never compared by content, so no timing side channel
 * arises from {@code equals}.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret; must not be blank
   * @return the wrapped secret
   * @throws IllegalArgumentException if {@code value} is empty or only white space
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    return new Secret(value);
  }

  /**
   * Returns the secret value. Call it only where the value is sent, never to print it.
   *
   * @return the secret value
   */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
