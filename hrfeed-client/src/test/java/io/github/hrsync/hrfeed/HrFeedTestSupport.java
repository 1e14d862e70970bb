package io.github.hrsync.hrfeed;

import io.github.hrsync.core.Secret;
import io.github.hrsync.testkit.VirtualClock;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.testing.WireMockSupport;

/** An HR Feed client against WireMock under {@code /api/v2/hr-feed}, on a fake clock. */
abstract class HrFeedTestSupport extends WireMockSupport {
  static final String PREFIX = "/api/v2/hr-feed";
  static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
      + ".eyJpZCI6ImNvbXBhbnktNyIsImtleSI6InNlY3JldC1rZXkifQ.c2lnbmF0dXJlLXZhbHVl";

  final VirtualClock clock = new VirtualClock();
  final Sleeper sleeper = Sleeper.virtual(clock, clock::sleepUntil);

  HrFeedClient.Builder builder() {
    return HrFeedClient.builder()
        .baseUrl(baseUrl() + PREFIX)
        .token(Secret.of(JWT))
        .clock(clock)
        .sleeper(sleeper);
  }

  HrFeedClient client() {
    return builder().build();
  }

  static String user(String id, String externalId, String email) {
    return "{\"id\":\"" + id + "\",\"externalId\":\"" + externalId + "\",\"firstName\":\"F" + id
        + "\",\"lastName\":\"L\",\"email\":\"" + email + "\",\"isActive\":true,\"unit\":null,"
        + "\"customFields\":[]}";
  }

  static String page(int page, int limit, long total, boolean hasMore, String nextPage,
      String... users) {
    return "{\"items\":[" + String.join(",", users) + "],\"totalItems\":" + total + ",\"page\":"
        + page + ",\"limit\":" + limit + ",\"hasMore\":" + hasMore + ",\"nextPage\":" + nextPage
        + "}";
  }
}
