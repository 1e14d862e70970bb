package io.github.hrsync.core.ratelimit;

import java.time.Duration;

/**
 * A call is about to wait for its client's rate limiter, so that a program can say why it is
 * slow ("waiting 58 s for JobTicket's rate limit").
 *
 * @param api the client's product token ({@code jobticket}, {@code hrfeed})
 * @param method the HTTP method of the waiting call
 * @param route the path template of the waiting call ({@code /users/{id}}), never an id
 * @param duration how long it will wait
 * @param permits the requests the limiter allows per window
 * @param window the limiter's rolling window
 */
public record RateLimitWait(String api, String method, String route, Duration duration, int permits,
    Duration window) {

  /** @return for example {@code waiting 58 s for jobticket's rate limit: 90 requests per 60 s} */
  public String describe() {
    return "waiting " + seconds(duration) + " s for " + api + "'s rate limit: " + permits
        + " requests per " + seconds(window) + " s";
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? Long.toString(millis / 1000)
        : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
  }
}
