package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.internal.paging.LazyPageIterable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.testing.HostileServer;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server that sends its headers and then stalls or trickles cannot hold a call past its
 * deadline, and an interrupted caller is freed at once. {@code @Timeout} is only a backstop.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TransportDeadlineTest {
  private static final JsonNodeType JSON = new JsonNodeType();

  /** The type the transport reads into. */
  private static final class JsonNodeType extends com.fasterxml.jackson.core.type.TypeReference<
      JsonNode> {}

  @Test
  void aBodyThatStallsAfterTheHeadersEndsAsATimeoutAtTheCallDeadline() throws Exception {
    try (HostileServer server = new HostileServer(HostileServer.stallAfterHeaders())) {
      HttpTransport transport = new TransportFixture().attemptTimeout(Duration.ofMillis(300))
          .callTimeout(Duration.ofSeconds(1)).transport(server.baseUrl().toString());

      assertThatThrownBy(() -> transport.json(TransportFixture.get("/users/1"), JSON))
          .isInstanceOf(ApiTimeoutException.class)
          .hasMessageContaining("GET /users/1");
      // every attempt was cut off and retried until the call deadline: more than one arrived
      assertThat(server.requests().size()).isGreaterThan(1);
    }
  }

  @Test
  void aBodyTrickledOneByteAtATimeEndsAsATimeout() throws Exception {
    try (HostileServer server = new HostileServer(HostileServer.trickle())) {
      HttpTransport transport = new TransportFixture().attemptTimeout(Duration.ofMillis(300))
          .callTimeout(Duration.ofMillis(900)).retryPolicy(RetryPolicy.none())
          .transport(server.baseUrl().toString());

      assertThatThrownBy(() -> transport.send(TransportFixture.get("/health")))
          .isInstanceOf(ApiTimeoutException.class)
          .hasMessageContaining("attempt timed out after PT0.3S (headers and body)");
    }
  }

  @Test
  void interruptingACallerBlockedOnAStalledBodyEndsTheCallWithTheFlagKept() throws Exception {
    try (HostileServer server = new HostileServer(HostileServer.stallAfterHeaders())) {
      // nothing but the interrupt can end this call within the test's time
      HttpTransport transport = new TransportFixture().attemptTimeout(Duration.ofHours(1))
          .callTimeout(Duration.ofHours(1)).transport(server.baseUrl().toString());
      AtomicReference<Throwable> failure = new AtomicReference<>();
      AtomicBoolean flagKept = new AtomicBoolean();
      Thread caller = new Thread(() -> {
        try {
          transport.json(TransportFixture.get("/users/1"), JSON);
        } catch (ApiException e) {
          failure.set(e);
          flagKept.set(Thread.currentThread().isInterrupted());
        }
      });
      caller.start();
      while (server.requests().isEmpty()) {
        Thread.onSpinWait();
      }
      caller.interrupt();
      caller.join();

      assertThat(failure.get()).isInstanceOf(ApiInterruptedException.class);
      assertThat(flagKept).isTrue();
    }
  }

  @Test
  void aStreamedDownloadThatStallsEndsAtTheCallDeadline() throws Exception {
    try (HostileServer server = new HostileServer(HostileServer.stallAfterHeaders())) {
      HttpTransport transport = new TransportFixture().callTimeout(Duration.ofMillis(800))
          .transport(server.baseUrl().toString());

      try (InputStream body = transport.stream(TransportFixture.get("/download")).body()) {
        assertThatThrownBy(body::readAllBytes).isInstanceOf(HttpTimeoutException.class)
            .hasMessage("call deadline of PT0.8S reached while reading the response body");
      }
    }
  }

  @Test
  void aPrefetchingListingOverAStalledServerIsFreedByAnInterrupt() throws Exception {
    try (HostileServer server = new HostileServer((request, out) -> {
      if (request.target().contains("page=0")) {
        HostileServer.write(out, 200, "application/json", "[1]");
      } else {
        HostileServer.stallAfterHeaders().respond(request, out);
      }
    })) {
      HttpTransport transport = new TransportFixture().attemptTimeout(Duration.ofHours(1))
          .callTimeout(Duration.ofHours(1)).transport(server.baseUrl().toString());
      LazyPageIterable<Integer> listing = new LazyPageIterable<>("/items", 0, number -> {
        JsonNode page = transport.json(ApiRequest.get("/items",
            java.util.Map.of("page", Integer.toString(number))), JSON);
        return new io.github.hrsync.core.Page<>(java.util.List.of(number), number, number + 1,
            10L * page.size());
      }, item -> item, 3);
      CompletableFuture<Throwable> ended = new CompletableFuture<>();
      Thread caller = new Thread(() -> {
        try {
          listing.forEach(item -> { });
          ended.complete(null);
        } catch (RuntimeException e) {
          ended.complete(e);
        }
      });
      caller.start();
      while (server.requests().size() < 2) {
        Thread.onSpinWait();
      }
      caller.interrupt();

      assertThat(ended.get()).isInstanceOf(ApiInterruptedException.class);
    }
  }
}
