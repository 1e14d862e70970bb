package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrsync.core.error.AuthenticationException;
import io.github.hrsync.core.error.ConflictException;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.hrfeed.NewUser;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserPatch;
import io.github.hrsync.jobticket.DocumentDownload;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.jobticket.SyncEmployee;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxTest {
  private final Sandbox sandbox = Sandbox.start(SandboxFaults.none());

  @AfterEach
  void stop() throws Exception {
    sandbox.close();
  }

  private JobTicketClient.Builder jobTicket() {
    return JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET));
  }

  private HrFeedClient hrFeed() {
    return HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
  }

  @Test
  void wrongCredentialsAreRefusedAsTheReferencesSay() throws Exception {
    JobTicketClient badKey = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of("wrong")).build();
    HrFeedClient badToken = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of("a.b.c")).build();

    catchThrowableOfType(AuthenticationException.class, () -> badKey.getEmployee(1));
    PermissionDeniedException denied =
        catchThrowableOfType(PermissionDeniedException.class, () -> badToken.getUser("1"));
    assertThat(denied.serverMessage()).isEqualTo("Authentication failed or API not enabled");
    assertThat(jobTicket().build().health().healthy()).isTrue();
  }

  @Test
  void theJobTicketLimitLocksTheCredentialAfterOneHundredRequestsInAMinute() throws Exception {
    sandbox.jobTicket().seed("E1", "Anna", "A", "a@example.com", null);
    JobTicketClient unpaced = jobTicket()
        .rateLimiter(RateLimiter.rollingWindow(1000, Duration.ofMinutes(1))).build();
    for (int i = 0; i < 100; i++) {
      unpaced.getEmployee(1);
    }

    RateLimitException locked =
        catchThrowableOfType(RateLimitException.class, () -> unpaced.getEmployee(1));
    int served = sandbox.requestCount();
    RateLimitException failFast =
        catchThrowableOfType(RateLimitException.class, () -> unpaced.getEmployee(1));

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(290));
    assertThat(failFast.statusCode()).isZero();
    assertThat(sandbox.requestCount()).isEqualTo(served);
  }

  @Test
  void jobTicketValidatesPagesAndSyncsAndRefusesUndownloadableDocuments() throws Exception {
    long anna = sandbox.jobTicket().seed("E1", "Anna", "A", "a@example.com", null);
    long bob = sandbox.jobTicket().seed("E2", "Bob", "B", "b@example.com", null);
    JobTicketClient client = jobTicket().build();

    int before = sandbox.requestCount();
    IllegalArgumentException badSync = catchThrowableOfType(
        IllegalArgumentException.class, () -> client.triggerSync(7, "s1",
            List.of(SyncEmployee.builder("E1").email("not-an-email").build())));
    try (DocumentDownload pdf = client.downloadDocument(100 + anna)) {
      assertThat(new String(pdf.body().readAllBytes())).startsWith("%PDF-1.4");
      assertThat(pdf.fileName()).isEqualTo("invoice-" + (100 + anna) + ".pdf");
    }
    ConflictException notDownloadable = catchThrowableOfType(ConflictException.class,
        () -> client.downloadDocument(100 + bob));
    catchThrowableOfType(NotFoundException.class, () -> client.getHrIntegration(8));

    assertThat(badSync).hasMessage("employee E1: firstName is required");
    assertThat(sandbox.requestCount() - before).isEqualTo(3); // two downloads and one get
    assertThat(notDownloadable.serverMessage()).isEqualTo("Document is not downloadable");
    assertThat(client.getHrIntegration(7).status()).isEqualTo("INITIAL_SYNC_PENDING");
  }

  @Test
  void hrFeedStoresUsersByIdAndExternalIdWithPartialUpdates() throws Exception {
    HrFeedClient client = hrFeed();
    String odd = "a/b?c#d %Ü";

    User created = client.createUser(NewUser.builder("Åsa", "Ek", "asa@example.com")
        .externalId(odd).mobile("+46701234567").build());
    client.updateUserByExternalId(odd, UserPatch.builder().mobile(null).isActive(false).build());
    User after = client.getUser(created.id());
    ConflictException duplicate = catchThrowableOfType(ConflictException.class,
        () -> client.createUser(NewUser.builder("X", "Y", "x@example.com").externalId(odd)
            .build()));
    client.deleteUser(created.id());

    assertThat(after.externalId()).isEqualTo(odd);
    assertThat(after.mobile()).isNull();
    assertThat(after.active()).isFalse();
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(client.findUserByExternalId(odd)).isEmpty();
  }
}
