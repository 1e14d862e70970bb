package io.github.hrsync.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
   * A JSON body streamed from a fresh stream per attempt, never held whole, and sent with an exact
   * {@code Content-Length} (not chunked: some servers and gateways refuse chunked uploads). The
   * length is counted here, in a first pass over the stream.
   *
   * @param streams opens the body stream; each stream must give the same bytes
   * @return the body
   * @throws UncheckedIOException when the counting pass fails
   */
  public static BodySource jsonStream(Supplier<InputStream> streams) {
    long length;
    try (InputStream in = streams.get()) {
      length = in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BodySource(JSON,
        () -> BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(streams), length));
  }
}
