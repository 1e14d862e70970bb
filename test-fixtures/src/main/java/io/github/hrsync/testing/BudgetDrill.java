package io.github.hrsync.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The body of one process in a shared-rate-budget test: {@code threads} threads each send up to
 * {@code calls} GET requests to a URL, each under a permit of the budget, released when the
 * response comes back. A {@code 429} records the lock-out its {@code Retry-After} gives; a thread
 * stops when the budget is locked out. Prints {@code sent N locked-out M} (M threads stopped).
 */
public final class BudgetDrill {
  private BudgetDrill() {}

  /** How the drill takes a permit of the limiter under test. */
  @FunctionalInterface
  public interface Acquire {
    /**
     * Waits for a permit.
     *
     * @param deadline the instant the permit must come before
     * @return what releases the permit, or {@code null} when none comes before the deadline
     * @throws InterruptedException if interrupted
     */
    Runnable permit(Instant deadline) throws InterruptedException;
  }

  /** Reads the limiter's lock-out end, {@code null} when not locked out. */
  @FunctionalInterface
  public interface LockedUntil {
    /**
     * @return the end of the lock-out, or {@code null}
     * @throws InterruptedException if interrupted
     */
    Instant get() throws InterruptedException;
  }

  /** Records a lock-out in the limiter. */
  @FunctionalInterface
  public interface LockUntil {
    /**
     * @param until the end of the lock-out
     * @throws InterruptedException if interrupted
     */
    void accept(Instant until) throws InterruptedException;
  }

  /**
   * Runs the drill as a process's {@code main} does, arguments {@code URL THREADS CALLS} from
   * {@code args[first]} on, and prints its counts. Each request goes as the transport sends it:
   * the lock-out checked first, then a permit taken.
   *
   * @param args the process's arguments
   * @param first where the drill's arguments start
   * @param clock the limiter's clock
   * @param lockedUntil the limiter's lock-out end, {@code null} when not locked out
   * @param acquire the limiter's permits
   * @param lockUntil records a lock-out in the limiter
   * @throws Exception when a request fails
   */
  public static void main(String[] args, int first, Clock clock, LockedUntil lockedUntil,
      Acquire acquire, LockUntil lockUntil) throws Exception {
    URI url = URI.create(args[first]);
    int threads = Integer.parseInt(args[first + 1]);
    int calls = Integer.parseInt(args[first + 2]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger lockedOut = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          for (int i = 0; i < calls; i++) {
            Runnable release = lockedUntil.get() != null
                ? null : acquire.permit(clock.instant().plus(Duration.ofMinutes(5)));
            if (release == null) {
              lockedOut.incrementAndGet();
              return null;
            }
            HttpResponse<Void> response;
            try {
              response = http.send(HttpRequest.newBuilder(url).build(),
                  HttpResponse.BodyHandlers.discarding());
            } finally {
              release.run();
            }
            sent.incrementAndGet();
            if (response.statusCode() == 429) {
              lockUntil.accept(clock.instant().plus(Duration.ofSeconds(Long.parseLong(
                  response.headers().firstValue("Retry-After").orElse("300")))));
              lockedOut.incrementAndGet();
              return null;
            }
            if (response.statusCode() != 200) {
              throw new IOException("unexpected status " + response.statusCode());
            }
          }
          return null;
        }));
      }
      for (Future<?> thread : running) {
        thread.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("sent " + sent.get() + " locked-out " + lockedOut.get());
  }
}
