package io.github.hrsync.examples;

import io.github.hrsync.sync.hrfeed.OperationResult;
import io.github.hrsync.sync.hrfeed.ProgressListener;
import java.io.PrintStream;

/** A console progress bar: {@code [##########----------] 12/24}, redrawn in place. */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintStream out;

  ProgressBar(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onProgress(int done, int total, OperationResult result) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    out.print("\r  [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/"
        + total);
    if (done == total) {
      out.println();
    }
  }
}
