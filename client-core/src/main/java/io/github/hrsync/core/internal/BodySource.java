package io.github.hrsync.core.internal;

import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.function.Supplier;

/**
 * A request body that can be produced again for every attempt.
 *
 * @param contentType the media type sent as {@code Content-Type}
 * @param publishers makes a fresh publisher per attempt
 */
public record BodySource(String contentType, Supplier<BodyPublisher> publishers) {
  private static final String JSON = "application/json";

  /**
   * A JSON body held in memory.
   *
   * @param bytes UTF-8 JSON
   * @return the body
   */
  public static BodySource json(byte[] bytes) {
    return new BodySource(JSON, () -> BodyPublishers.ofByteArray(bytes));
  }

  /**
   * A JSON body streamed from a fresh stream per attempt (sent chunked, never held whole).
   *
   * @param streams opens the body stream
   * @return the body
   */
  public static BodySource jsonStream(Supplier<InputStream> streams) {
    return new BodySource(JSON, () -> BodyPublishers.ofInputStream(streams));
  }
}
