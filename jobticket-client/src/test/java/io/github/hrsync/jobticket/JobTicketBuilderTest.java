package io.github.hrsync.jobticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.Secret;
import org.junit.jupiter.api.Test;

class JobTicketBuilderTest {

  @Test
  void defaultsToProductionOverHttps() {
    JobTicketClient client = JobTicketClient.builder().credentials("key", Secret.of("s")).build();

    assertThat(client.toString()).contains("baseUrl=https://v1-api.ticket-plus.app,")
        .contains("90 per PT1M");
  }

  @Test
  void stagingIsOneCallAway() {
    JobTicketClient client = JobTicketClient.builder().environment(JobTicketEnvironment.STAGING)
        .credentials("key", Secret.of("s")).build();

    assertThat(client.toString()).contains("https://v1-api-staging.ticket-plus.app");
  }

  @Test
  void refusesPlainHttpToARemoteHostSoBasicCredentialsNeverTravelInClear() {
    assertThatThrownBy(() -> JobTicketClient.builder().baseUrl("http://v1-api.ticket-plus.app")
        .credentials("key", Secret.of("s")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https");
  }

  @Test
  void refusesToBuildWithoutCredentialsOrWithAColonInTheKeyId() {
    assertThatThrownBy(() -> JobTicketClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JobTicket credentials are not set: call "
            + "JobTicketClient.builder().credentials(apiKeyId, Secret.fromEnv(\"NAME\"))");
    assertThatThrownBy(() -> JobTicketClient.builder().credentials("a:b", Secret.of("s")))
        .hasMessage("apiKeyId must be non-blank and contain no ':'");
  }

  @Test
  void listOptionsRejectPageSizesOutsideTheDocumentedRange() {
    assertThatThrownBy(() -> ListOptions.builder().perPage(101))
        .hasMessage("perPage must be between 1 and 100, was 101");
    assertThatThrownBy(() -> ListOptions.builder().perPage(0))
        .hasMessage("perPage must be between 1 and 100, was 0");
    assertThatThrownBy(() -> ListOptions.builder().filter("page", "3"))
        .hasMessage("'page' is not a filter; use its own option");
  }

  @Test
  void aKeyIdOrSecretWithALineBreakIsRefusedAtBuildNamingTheSetting() {
    assertThatThrownBy(() -> JobTicketClient.builder().credentials("KEY\r", Secret.of("s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKeyId must contain no control character");
    assertThatThrownBy(() -> JobTicketClient.builder().credentials("KEY", Secret.of("s3cr3t\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiKeySecret must contain no control character")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void aTimeoutThatWouldOverflowADeadlineIsRefusedAtBuildNamingTheSetting() {
    assertThatThrownBy(() -> JobTicketClient.builder()
        .callTimeout(java.time.temporal.ChronoUnit.FOREVER.getDuration()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("callTimeout must be positive and at most PT24H");
    assertThatThrownBy(() -> JobTicketClient.builder().attemptTimeout(
        java.time.Duration.ofDays(365)))
        .hasMessageStartingWith("attemptTimeout must be positive and at most PT24H");
  }

  @Test
  void aPasswordInTheBaseUrlIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> JobTicketClient.builder().baseUrl("https://svc:hunter2pw@example.com")
        .credentials("key", Secret.of("s")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not carry user-info")
        .hasMessageNotContaining("hunter2pw");
  }
}
