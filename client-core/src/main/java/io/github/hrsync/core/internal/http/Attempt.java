package io.github.hrsync.core.internal.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt of a request: sends it and waits for the status, the headers <em>and the whole
 * body</em> within the attempt's time. A body is read whole up to a size cap (an error body only
 * up to its first {@link #ERROR_BODY_BYTES}); a successful download is handed over as a stream
 * instead. When the time runs out, or the thread is interrupted, the exchange is cancelled, which
 * closes its connection, so no thread stays blocked on a stalled or trickling server.
 */
final class Attempt {
  /** How much of an error body is kept: enough for any error document, never a flood. */
  static final int ERROR_BODY_BYTES = 64 * 1024;

  private Attempt() {}

  /**
   * @param http the client to send with
   * @param request the request of this attempt
   * @param streamSuccess hand a 2xx body over as a stream instead of reading it
   * @param maxBytes the most bytes a 2xx body read whole may have
   * @param timeout the time this attempt may take, body included
   * @return the response with its body
   * @throws BoundedBody.TooLarge when a 2xx body exceeds {@code maxBytes}
   * @throws HttpTimeoutException when the time runs out
   * @throws IOException when the exchange fails
   * @throws InterruptedException when the thread is interrupted
   */
  static HttpResponse<ResponseBody> send(HttpClient http, HttpRequest request,
      boolean streamSuccess, long maxBytes, Duration timeout)
      throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<ResponseBody>> exchange =
        http.sendAsync(request, handler(streamSuccess, maxBytes));
    try {
      return exchange.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new HttpTimeoutException("attempt timed out after " + timeout);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("the exchange failed (" + (cause == null ? "no cause"
          : cause.getClass().getSimpleName()) + ")", cause);
    }
  }

  private static BodyHandler<ResponseBody> handler(boolean streamSuccess, long maxBytes) {
    return info -> {
      boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
      if (success && streamSuccess) {
        return BodySubscribers.mapping(BodySubscribers.ofInputStream(), ResponseBody::streamed);
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return success
          ? new BoundedBody(maxBytes, true, declared)
          : new BoundedBody(ERROR_BODY_BYTES, false, declared);
    };
  }
}
