package io.github.hrsync.core.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A streamed response body that ends at the call deadline: a watchdog closes the underlying
 * stream then, which wakes a reader blocked on a stalled server, and every read after that fails
 * with {@link HttpTimeoutException}. Closing the stream early cancels the watchdog.
 */
final class DeadlineInputStream extends FilterInputStream {
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final Duration limit;
  private final ScheduledFuture<?> expiry;
  private volatile boolean expired;

  /**
   * @param body the body as the HTTP client delivers it
   * @param remaining the time left until the call deadline
   * @param limit the call timeout, for the message
   */
  DeadlineInputStream(InputStream body, Duration remaining, Duration limit) {
    super(body);
    this.limit = limit;
    this.expiry = WATCHDOG.schedule(this::expire, Math.max(0, remaining.toNanos()),
        TimeUnit.NANOSECONDS);
  }

  private void expire() {
    expired = true;
    try {
      in.close();
    } catch (IOException ignored) {
      // the reader learns of the deadline from the flag
    }
  }

  @Override
  public int read() throws IOException {
    check();
    try {
      return super.read();
    } catch (IOException e) {
      throw translated(e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    check();
    try {
      return super.read(buffer, offset, length);
    } catch (IOException e) {
      throw translated(e);
    }
  }

  @Override
  public long skip(long count) throws IOException {
    check();
    return super.skip(count);
  }

  @Override
  public void close() throws IOException {
    expiry.cancel(false);
    super.close();
  }

  private void check() throws IOException {
    if (expired) {
      throw timeout(null);
    }
  }

  private IOException translated(IOException failure) {
    return expired ? timeout(failure) : failure;
  }

  private HttpTimeoutException timeout(@org.jspecify.annotations.Nullable IOException cause) {
    HttpTimeoutException timeout = new HttpTimeoutException(
        "call deadline of " + limit + " reached while reading the response body");
    if (cause != null) {
      timeout.initCause(cause);
    }
    return timeout;
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "hrsync-body-deadline");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
