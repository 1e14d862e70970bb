package io.github.hrsync.core.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body in memory up to a cap. Past the cap it cancels the subscription, which
 * drops the connection, and either fails with {@link TooLarge} (a body that must be read whole) or
 * completes with the bytes that fit (an error body, kept only for its start). A body whose
 * {@code Content-Length} already exceeds the cap is refused before a byte is read.
 */
final class BoundedBody implements BodySubscriber<ResponseBody> {
  /** The body is larger than the cap allows. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private final long cap;

    TooLarge(long cap) {
      super("response body larger than the " + cap + "-byte cap (maxResponseBytes)");
      this.cap = cap;
    }

    /** @return the cap that was exceeded */
    long cap() {
      return cap;
    }
  }

  private final long cap;
  private final boolean failOnOverflow;
  private final long declaredLength;
  private final CompletableFuture<ResponseBody> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

  /**
   * @param cap the most bytes kept
   * @param failOnOverflow fail past the cap (true) or keep the start and stop reading (false)
   * @param declaredLength the {@code Content-Length}, or -1 when none was sent
   */
  BoundedBody(long cap, boolean failOnOverflow, long declaredLength) {
    this.cap = cap;
    this.failOnOverflow = failOnOverflow;
    this.declaredLength = declaredLength;
  }

  @Override
  public CompletionStage<ResponseBody> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (failOnOverflow && declaredLength > cap) {
      subscription.cancel();
      result.completeExceptionally(new TooLarge(cap));
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int room = (int) Math.min(Integer.MAX_VALUE, cap - bytes.size());
      if (buffer.remaining() > room) {
        overflow(buffer, room);
        return;
      }
      append(buffer, buffer.remaining());
    }
  }

  private void overflow(ByteBuffer buffer, int room) {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
    if (failOnOverflow) {
      result.completeExceptionally(new TooLarge(cap));
    } else {
      append(buffer, room);
      result.complete(ResponseBody.of(bytes.toByteArray()));
    }
  }

  private void append(ByteBuffer buffer, int count) {
    byte[] chunk = new byte[count];
    buffer.get(chunk);
    bytes.write(chunk, 0, count);
  }

  @Override
  public void onError(Throwable failure) {
    result.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    result.complete(ResponseBody.of(bytes.toByteArray()));
  }
}
