package io.github.hrsync.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
   * @throws IllegalArgumentException if {@code value} is {@code null} (most often an unset
   *     environment variable: {@link #fromEnv} names it), empty or only white space
   */
  public static Secret of(@Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException("the secret is missing (null): when it comes from "
          + "System.getenv, that variable is not set; Secret.fromEnv(\"NAME\") says which");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    return new Secret(value);
  }

  /**
   * Reads a secret from an environment variable.
   *
   * @param variable the variable's name, such as {@code HR_FEED_TOKEN}
   * @return the wrapped secret
   * @throws IllegalArgumentException naming the variable when it is not set or blank (never
   *     showing its value)
   */
  public static Secret fromEnv(String variable) {
    Objects.requireNonNull(variable, "variable");
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the environment variable " + variable + " is "
          + (value == null ? "not set" : "blank") + "; set it to the credential");
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
