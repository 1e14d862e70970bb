package io.github.hrsync.testkit;

import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** hrsync's own stores keep the contract the test kit publishes for stores of yours. */
class BuiltInStoresContractTest {

  /** The in-memory store: every instance handed out is the one shared store. */
  @Nested
  class InMemory extends RateBudgetStoreContract {
    private final RateBudgetStore shared = RateBudgetStore.inMemory();

    @Override
    protected RateBudgetStore store() {
      return shared;
    }
  }

  /** The file store: a new instance per call on one directory, as processes would have. */
  @Nested
  class Files extends RateBudgetStoreContract {
    @TempDir
    Path dir;

    @Override
    protected RateBudgetStore store() {
      return FileRateBudgetStore.in(dir);
    }
  }
}
