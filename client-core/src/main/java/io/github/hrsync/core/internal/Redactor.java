package io.github.hrsync.core.internal;

import io.github.hrsync.core.Secret;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Replaces every known secret in a text by {@code [redacted]}. */
final class Redactor {
  private final List<Secret> secrets;

  Redactor(List<Secret> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  @Nullable String scrub(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (Secret secret : secrets) {
      result = result.replace(secret.reveal(), "[redacted]");
    }
    return result;
  }
}
