package io.github.hrsync.core.ratelimit;

import io.github.hrsync.testing.SharedRateBudgetContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVM processes sharing one {@link FileRateBudgetStore}. */
class SharedRateBudgetProcessesTest extends SharedRateBudgetContract {
  @TempDir
  Path dir;

  @Override
  protected Class<?> drill() {
    return FileBudgetDrill.class;
  }

  @Override
  protected String[] storeArgs() {
    return new String[] {dir.toString(), Integer.toString(permits()),
        Long.toString(WINDOW.toMillis())};
  }

  @Override
  protected int permits() {
    return 50;
  }

  @Override
  protected String storeName() {
    return "file store";
  }
}
