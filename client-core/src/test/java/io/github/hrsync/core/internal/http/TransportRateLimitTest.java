package io.github.hrsync.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.testing.Arrivals;
import io.github.hrsync.testing.HostileServer;
import io.github.hrsync.testing.NanoClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The limiter holds as the server counts: by the instant each request arrives there. The
 * assertion is a safety property that holds under any scheduling; nothing depends on speed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TransportRateLimitTest {
  private static final int PERMITS = 25;
  private static final Duration WINDOW = Duration.ofMillis(250);

  @Test
  void noRollingWindowAtTheServerSeesMoreArrivalsThanThePermitsWith16ThreadsAndRetries()
      throws Exception {
    AtomicBoolean firstConnection = new AtomicBoolean(true);
    try (HostileServer server = new HostileServer((request, out) -> {
      if (firstConnection.getAndSet(false)) {
        Thread.sleep(400); // a slow first exchange, longer than a window
      }
      if (request.index() % 7 == 3) {
        HostileServer.write(out, 503, "application/json", "{\"message\":\"busy\"}");
      } else {
        HostileServer.write(out, 200, "application/json", "{}");
      }
    })) {
      // client and server read the same time source, so windows compare exactly
      Clock nanoClock = new NanoClock();
      RateLimiter limiter = RateLimiter.rollingWindow(PERMITS, WINDOW, nanoClock,
          Sleeper.system());
      HttpTransport transport = new TransportFixture().clock(nanoClock)
          // one request in seven fails: with 4 attempts, a call whose retries all drew such a slot
          // failed about one run in five; 10 attempts make that about one in 10^7
          .retryPolicy(RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ZERO)
              .build())
          .transport(server.baseUrl().toString(), limiter);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
          calls.add(pool.submit(() -> transport.json(TransportFixture.get("/ping"),
              new com.fasterxml.jackson.core.type.TypeReference<JsonNode>() {})));
        }
        for (Future<JsonNode> call : calls) {
          call.get();
        }
      } finally {
        pool.shutdownNow();
      }

      List<Long> arrivals = server.requests().stream()
          .map(HostileServer.Request::arrivalNanos).toList();
      assertThat(arrivals.size()).as("retries included").isGreaterThan(500);
      assertThat(Arrivals.mostInAnyWindow(arrivals, WINDOW)).isLessThanOrEqualTo(PERMITS);
    }
  }
}
