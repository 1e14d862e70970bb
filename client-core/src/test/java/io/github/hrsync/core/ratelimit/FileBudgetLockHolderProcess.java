package io.github.hrsync.core.ratelimit;

import io.github.hrsync.testing.ProcessFleet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A {@link FileBudgetLockHolder} process holding a budget's lock until closed. */
public final class FileBudgetLockHolderProcess implements AutoCloseable {
  private final Process process;

  private FileBudgetLockHolderProcess(Process process) {
    this.process = process;
  }

  /**
   * Starts the process and returns once it holds the lock.
   *
   * @param dir the store's directory
   * @param budget the budget whose lock it takes
   * @return the running holder
   * @throws IOException when it does not say it holds the lock
   */
  public static FileBudgetLockHolderProcess lock(Path dir, String budget) throws IOException {
    Process process = ProcessFleet.start(FileBudgetLockHolder.class, dir.toString(), budget);
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    String line = lines.readLine();
    if (!"locked".equals(line)) {
      process.destroyForcibly();
      throw new IOException("the lock holder said " + line);
    }
    return new FileBudgetLockHolderProcess(process);
  }

  @Override
  public void close() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
