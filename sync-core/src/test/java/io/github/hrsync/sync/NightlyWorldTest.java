package io.github.hrsync.sync;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the nightly-job tests: a sandbox world on a virtual clock that starts at 02:00
 * on 2026-06-01 (each test moves it a night at a time), and a directory for run logs.
 */
abstract class NightlyWorldTest {
  @TempDir
  Path dir;

  final SandboxWorld world = new SandboxWorld(Instant.parse("2026-06-01T02:00:00Z"));

  @AfterEach
  void stopTheSandbox() {
    world.close();
  }
}
