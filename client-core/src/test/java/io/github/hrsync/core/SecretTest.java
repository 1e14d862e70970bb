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

  @Test
  void aMissingSecretSaysAnEnvironmentVariableIsUnsetAndHowToNameIt() {
    assertThatThrownBy(() -> Secret.of(System.getenv("HRSYNC_TEST_SURELY_UNSET_VARIABLE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the secret is missing (null): when it comes from System.getenv, that "
            + "variable is not set; Secret.fromEnv(\"NAME\") says which");
    assertThatThrownBy(() -> Secret.fromEnv("HRSYNC_TEST_SURELY_UNSET_VARIABLE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the environment variable HRSYNC_TEST_SURELY_UNSET_VARIABLE is not set; "
            + "set it to the credential");
  }

  @Test
  void fromEnvReadsAVariableThatIsSet() {
    String name = System.getenv().keySet().stream()
        .filter(key -> !System.getenv(key).isBlank()).findFirst().orElseThrow();

    assertThat(Secret.fromEnv(name).reveal()).isEqualTo(System.getenv(name));
    assertThat(Secret.fromEnv(name).toString()).isEqualTo("Secret[redacted]");
  }
}
