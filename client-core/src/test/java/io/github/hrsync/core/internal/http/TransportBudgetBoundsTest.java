package io.github.hrsync.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.ratelimit.FileBudgetLockHolderProcess;
import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.testing.HostileServer;
import io.github.hrsync.testing.ManualClock;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a server or a neighbour on the same host can do to a shared rate budget, and the bounds
 * that hold: a lock-out lasts a day at most whatever the server or the file says, a step waits no
 * longer than the call's deadline and ends at once on interrupt, and a file that is not a budget
 * is refused before any open could block or any read could fill the heap.
 */
@SuppressWarnings("try") // a lock-holding process lives for a try block it is never used in
class TransportBudgetBoundsTest {
  @TempDir Path dir;

  private final ManualClock clock = new ManualClock();

  private RateLimiter limiter(FileRateBudgetStore store) {
    return RateLimiter.shared(60, Duration.ofMinutes(1), store, "test", clock, Sleeper.virtual(clock, clock::sleepUntil));
  }

  private HttpTransport transport(HostileServer server, RateLimiter limiter, Duration callTimeout) {
    TransportFixture fixture = new TransportFixture();
    fixture.clock(clock).sleeper(Sleeper.virtual(clock, clock::sleepUntil)).callTimeout(callTimeout)
        .retryPolicy(RetryPolicy.none());
    return fixture.transport(server.baseUrl().toString(), limiter);
  }

  @Test
  void aRetryAfterDateInTheYear9999LocksTheSharedBudgetForOneDayAtMost() throws Exception {
    AtomicBoolean limited = new AtomicBoolean(true);
    try (HostileServer server = new HostileServer((request, out) -> {
      if (limited.getAndSet(false)) {
        HostileServer.write(out, 429, "application/json", "{}",
            "Retry-After: Fri, 31 Dec 9999 23:59:59 GMT");
      } else {
        HostileServer.write(out, 200, "application/json", "{}");
      }
    })) {
      FileRateBudgetStore store = FileRateBudgetStore.in(dir);
      HttpTransport first = transport(server, limiter(store), Duration.ofSeconds(30));

      RateLimitException error = (RateLimitException) catchThrowable(() ->
          first.bytes(TransportFixture.get("/ping")));

      assertThat(error.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
      clock.advance(Duration.ofDays(1).plusSeconds(1));
      HttpTransport nextProcess = transport(server, limiter(FileRateBudgetStore.in(dir)),
          Duration.ofSeconds(30));
      assertThat(nextProcess.bytes(TransportFixture.get("/ping")).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aBudgetFileClaimingALockInTheFarFutureIsHonouredForOneDayAtMost() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    Files.writeString(store.file("test"), "hrsync-rate-budget 1\nbudget test\nnext-slot 1\n"
        + "locked-until +1000000000-12-31T23:59:59Z\n");

    assertThat(limiter(store).readLockedUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
  }

  @Test
  void aBudgetFileLockedByAStoppedProcessFailsTheCallWithinItsDeadlineNotTheLockWait()
      throws Exception {
    try (HostileServer server = new HostileServer((request, out) ->
        HostileServer.write(out, 200, "application/json", "{}"));
        FileBudgetLockHolderProcess holder = FileBudgetLockHolderProcess.lock(dir, "test")) {
      HttpTransport transport = transport(server, limiter(FileRateBudgetStore.in(dir)),
          Duration.ofSeconds(3));

      assertThatThrownBy(() -> transport.bytes(TransportFixture.get("/ping")))
          .isInstanceOf(RateBudgetException.class)
          .hasMessageContaining("for over PT3S (the time left before the call's deadline)");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void anInterruptDuringTheWaitForAnotherProcesssLockEndsTheCallAsInterruptedWithTheFlagKept()
      throws Exception {
    try (HostileServer server = new HostileServer((request, out) ->
        HostileServer.write(out, 200, "application/json", "{}"));
        FileBudgetLockHolderProcess holder = FileBudgetLockHolderProcess.lock(dir, "test")) {
      HttpTransport transport = transport(server, limiter(FileRateBudgetStore.in(dir)),
          Duration.ofSeconds(60));
      AtomicReference<Throwable> failure = new AtomicReference<>();
      AtomicBoolean flagKept = new AtomicBoolean();
      Thread caller = new Thread(() -> {
        try {
          transport.bytes(TransportFixture.get("/ping"));
        } catch (RuntimeException e) {
          failure.set(e);
          flagKept.set(Thread.currentThread().isInterrupted());
        }
      });
      caller.start();
      caller.interrupt();
      caller.join();

      assertThat(failure.get()).isInstanceOf(ApiInterruptedException.class);
      assertThat(flagKept).isTrue();
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void aFifoPlantedAsTheLockFileIsRefusedBeforeAnyOpenCouldBlock() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    Path lock = store.file("test").resolveSibling("test.budget.lock");
    assertThat(new ProcessBuilder("mkfifo", lock.toString()).start().waitFor()).isZero();

    assertThatThrownBy(() -> limiter(store).readLockedUntil())
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining(lock + " is not a regular file (a FIFO, socket or device)");
  }

  @Test
  void aFifoPlantedAsTheBudgetFileIsRefusedBeforeAnyOpenCouldBlock() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    assertThat(new ProcessBuilder("mkfifo", store.file("test").toString()).start().waitFor())
        .isZero();

    assertThatThrownBy(() -> limiter(store).readLockedUntil())
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining("is not a regular file (a FIFO, socket or device)");
  }

  @Test
  void aDanglingLinkPlantedAsTheLockFileIsRefusedAndItsTargetNeverCreated() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    Path target = dir.resolveSibling(dir.getFileName() + "-created-by-the-store");
    Files.createSymbolicLink(store.file("test").resolveSibling("test.budget.lock"), target);

    assertThatThrownBy(() -> limiter(store).readLockedUntil())
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining("is not a regular file (a symbolic link)");
    assertThat(target).doesNotExist();
  }

  @Test
  void aThreeGibibyteBudgetFileIsRefusedBeforeItIsRead() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    try (RandomAccessFile sparse = new RandomAccessFile(store.file("test").toFile(), "rw")) {
      sparse.setLength(3L << 30);
    }

    assertThatThrownBy(() -> limiter(store).readLockedUntil())
        .isInstanceOf(RateBudgetException.class)
        .hasMessageContaining("has 3221225472 bytes, more than a rate budget ever holds");
  }

  @Test
  void aBudgetNameWithALineBreakIsRefusedWhenTheLimiterIsBuilt() {
    assertThatThrownBy(() -> RateLimiter.shared(60, Duration.ofMinutes(1),
        FileRateBudgetStore.in(dir), "jobticket-KEY\r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget name must not be blank or hold control characters");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void twoProcessesWithDifferentPermitsShareTheStrictestWhileBothAreActive() throws Exception {
    FileRateBudgetStore store = FileRateBudgetStore.in(dir);
    RateLimiter strict = RateLimiter.shared(5, Duration.ofMinutes(1), store, "test", clock,
        Sleeper.virtual(clock, clock::sleepUntil));
    RateLimiter loose = RateLimiter.shared(12, Duration.ofMinutes(1), store, "test", clock,
        Sleeper.virtual(clock, clock::sleepUntil));
    Instant deadline = clock.instant().plusSeconds(1);

    strict.acquire(deadline).release();
    int granted = 1;
    for (RateLimiter.Permit permit = loose.acquire(deadline); permit != null;
        permit = loose.acquire(deadline)) {
      permit.release();
      granted++;
    }

    assertThat(granted).as("permits granted in one window to both").isEqualTo(5);
    assertThat(Files.readString(store.file("test"), StandardCharsets.UTF_8))
        .contains("strictest 5 ");
  }
}
