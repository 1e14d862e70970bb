package io.github.hrsync.core.ratelimit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A process that takes and releases slots of a file budget as fast as it can until it is killed,
 * printing {@code started} after its first step. Argument: the directory.
 */
public final class FileBudgetHammer {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private FileBudgetHammer() {}

  public static void main(String[] args) throws InterruptedException {
    FileRateBudgetStore store = FileRateBudgetStore.in(Path.of(args[0]));
    for (long step = 0; ; step++) {
      Instant now = Instant.now(); // slots of 1 ms: every step rewrites the file
      if (store.reserve("hammered", 1_000, Duration.ofMillis(1), now, now, WAIT)
          instanceof RateBudgetStore.Reservation.Granted granted) {
        store.release("hammered", granted.slot(), now, WAIT);
      }
      if (step == 0) {
        System.out.println("started");
        System.out.flush();
      }
    }
  }
}
