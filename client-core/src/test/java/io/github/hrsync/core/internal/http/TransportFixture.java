package io.github.hrsync.core.internal.http;

import io.github.hrsync.core.ClientBuilder;
import io.github.hrsync.core.ClientSettings;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Builds a transport the way the API clients do, with Basic credentials and a JWT. */
final class TransportFixture extends ClientBuilder<TransportFixture> {
  static final String KEY_ID = "f1b24afa-39c6-4cc2-b545-cfab6b687f6e";
  static final String KEY_SECRET = "sk_live_9f8e7d6c5b4a";
  static final String PAIR = KEY_ID + ":" + KEY_SECRET;
  static final String BASE64 =
      Base64.getEncoder().encodeToString(PAIR.getBytes(StandardCharsets.UTF_8));
  static final String BASIC = "Basic " + BASE64;
  static final String JWT_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
  static final String JWT_PAYLOAD = "eyJzdWIiOiJhZ2VuY3ktNDIiLCJpYXQiOjE3MDAwMDAwMDB9";
  static final String JWT_SIGNATURE = "kQ8x3vR7pLm2NwZs9YtB4cHd6FjU1eAoXiGqTrVbKyM";
  static final String JWT = JWT_HEADER + "." + JWT_PAYLOAD + "." + JWT_SIGNATURE;

  ClientSettings settings(String baseUrl) {
    baseUrl(baseUrl);
    return settings();
  }

  HttpTransport transport(String baseUrl) {
    return transport(baseUrl, RateLimiter.unlimited());
  }

  HttpTransport transport(String baseUrl, RateLimiter limiter) {
    Secret basic = Secret.of(BASIC);
    Secret token = Secret.of(JWT);
    rateLimiter(limiter);
    return new HttpTransport(settings(baseUrl), new ApiProfile("test", null,
        Map.of("Authorization", basic, "X-HR-Feed-Token", token),
        List.of(basic, Secret.of(KEY_SECRET), token), 60, "test", Duration.ofMinutes(5),
        List.of("/users", "/users/{id}")));
  }

  static ApiRequest get(String path) {
    return ApiRequest.get(path, Map.of());
  }
}
