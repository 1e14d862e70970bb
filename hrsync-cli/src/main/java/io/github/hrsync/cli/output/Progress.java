package io.github.hrsync.cli.output;

import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.plan.Target;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How far an apply got, fit for where it is shown: on a terminal a bar redrawn in place
 * ({@code [##########----------] 12/24}); in a pipe or a log one line each time another 10 % is
 * done or 10 s have passed, and at the end, never a line per operation.
 */
public final class Progress implements SyncObserver {
  private static final int WIDTH = 30;
  private static final Duration EVERY = Duration.ofSeconds(10);

  private final PrintStream out;
  private final boolean terminal;
  private final Clock clock;
  private int lastTenth = -1;
  private @Nullable Instant lastLine;

  /**
   * @param out where to show it
   * @param terminal whether {@code out} is a terminal
   * @param clock the time lines are spaced by
   */
  public Progress(PrintStream out, boolean terminal, Clock clock) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
  }

  @Override
  public synchronized void operationDone(Target target, int done, int total,
      OperationRecord operation) {
    if (terminal) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      out.print("\r  [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/"
          + total);
      if (done == total) {
        out.println();
      }
      return;
    }
    int tenth = total == 0 ? 10 : done * 10 / total;
    Instant now = clock.instant();
    if (tenth > lastTenth || done == total
        || lastLine != null && !now.isBefore(lastLine.plus(EVERY))) {
      lastTenth = tenth;
      lastLine = now;
      out.println("  " + target.displayName() + ": " + done + "/" + total + " operations ("
          + (total == 0 ? 100 : done * 100 / total) + " %)");
    }
  }
}
