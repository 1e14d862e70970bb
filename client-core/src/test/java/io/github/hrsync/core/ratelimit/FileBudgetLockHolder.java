package io.github.hrsync.core.ratelimit;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that takes a budget file's lock and keeps it, as one stopped in the middle of a step
 * would, printing {@code locked}. Arguments: the directory, the budget.
 */
public final class FileBudgetLockHolder {
  private FileBudgetLockHolder() {}

  public static void main(String[] args) throws Exception {
    Path file = FileRateBudgetStore.in(Path.of(args[0])).file(args[1]);
    try (FileChannel channel = FileChannel.open(
        file.resolveSibling(file.getFileName() + ".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      channel.lock();
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
