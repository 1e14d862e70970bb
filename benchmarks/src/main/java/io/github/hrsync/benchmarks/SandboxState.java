package io.github.hrsync.benchmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.hrsync.core.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.examples.sandbox.Sandbox;
import io.github.hrsync.examples.sandbox.SandboxFaults;
import io.github.hrsync.hrfeed.HrFeedClient;
import java.time.Duration;

/** A loopback HR Feed sandbox with {@code users} users, answering after {@code latency}. */
final class SandboxState implements AutoCloseable {
  /** The request budget of the benchmark clients: far above what the benchmarks can send. */
  static final int REQUESTS_PER_MINUTE = 1_000_000;

  final Sandbox sandbox;
  final HrFeedClient client;
  final HrFeedClient sequentialClient;
  final RateLimiter limiter = RateLimiter.rollingWindow(REQUESTS_PER_MINUTE,
      Duration.ofMinutes(1));

  SandboxState(int users, Duration latency) {
    sandbox = Sandbox.start(new SandboxFaults(0, 0, latency));
    for (int i = 0; i < users; i++) {
      sandbox.hrFeed().seed(JsonNodeFactory.instance.objectNode()
          .put("externalId", BenchmarkData.hrId(i)).put("firstName", "First" + i)
          .put("lastName", "Lästname" + i).put("email", "employee" + i + "@example.com")
          .put("mobile", "+46 70 " + (1000000 + i)).put("countryCode", "SE")
          .put("cultureCode", "sv-SE").put("isActive", true));
    }
    client = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).rateLimiter(limiter).build();
    sequentialClient = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).rateLimiter(limiter).pagePrefetch(0).build();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
