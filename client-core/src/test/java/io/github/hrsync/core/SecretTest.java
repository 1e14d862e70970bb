package io.github.hrsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void toStringNeverShowsTheValue() {
    Secret secret = Secret.of("s3cr3t-value");

    assertThat(secret.toString()).isEqualTo("Secret[redacted]").doesNotContain("s3cr3t");
    assertThat(String.valueOf(java.util.List.of(secret))).doesNotContain("s3cr3t");
    assertThat(secret.reveal()).isEqualTo("s3cr3t-value");
  }

  @Test
  void blankSecretIsRejected() {
    assertThatThrownBy(() -> Secret.of("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret must not be blank");
  }
}
