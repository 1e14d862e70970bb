package io.github.hrsync.examples;

import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.plan.Target;
import java.io.PrintStream;

/** A console progress bar: {@code [##########----------] 12/24}, redrawn in place. */
final class ProgressBar implements SyncObserver {
  private static final int WIDTH = 30;
  private final PrintStream out;

  ProgressBar(PrintStream out) {
    this.out = out;
  }

  @Override
  public void operationDone(Target target, int done, int total, OperationRecord operation) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    out.print("\r  [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/"
        + total);
    if (done == total) {
      out.println();
    }
  }
}
