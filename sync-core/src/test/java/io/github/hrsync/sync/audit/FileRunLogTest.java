package io.github.hrsync.sync.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.sync.KilledRunChild;
import io.github.hrsync.testing.ProcessFleet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Lines run log: a run killed with {@code kill -9} in another process reads back
 * incomplete with every whole line it wrote, a torn line is fenced off, files rotate by size
 * without splitting a run, and a planted link is refused.
 */
class FileRunLogTest {
  @TempDir
  Path dir;

  private static String line(String runId, String event) {
    return "{\"runId\":\"" + runId + "\",\"event\":\"" + event + "\""
        + (event.equals("run") ? ",\"startedAt\":\"2026-06-01T00:00:00Z\",\"dryRun\":false,"
            + "\"rosterDigest\":\"d\",\"rosterRows\":1" : "")
        + (event.equals("end") ? ",\"finishedAt\":\"2026-06-01T00:01:00Z\"" : "") + "}";
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aRunKilledMidApplyInAnotherProcessReadsBackIncompleteWithWhatItDid()
      throws IOException, InterruptedException {
    Process child = ProcessFleet.start(KilledRunChild.class, dir.toString());
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("HUNG");
    } finally {
      child.destroyForcibly();             // SIGKILL: no shutdown hook, no flush, no end line
      child.waitFor();
    }

    FileRunLog log = FileRunLog.open(dir);
    RunHistory history = new RunHistory(log);
    List<RunRecord> runs = history.recent(10);

    assertThat(runs).singleElement().satisfies(run -> {
      assertThat(run.complete()).isFalse();
      assertThat(run.targets()).singleElement().satisfies(target -> {
        assertThat(target.status()).as("the target never ended").isNull();
        assertThat(target.adds()).isEqualTo(10);
        // the first three operations in plan order, which sorts by externalId
        assertThat(target.operations()).extracting(OperationRecord::key)
            .containsExactly("E1", "E10", "E2");
      });
    });
    assertThat(Files.readAllLines(dir.resolve("runs.jsonl"))).allSatisfy(text ->
        assertThat(text).startsWith("{\"runId\":").endsWith("}"));
    log.append("next", true, line("next", "run"));
    assertThat(history.recent(10)).hasSize(2);
  }

  @Test
  void threadsOfOneJvmAppendingThroughTwoInstancesLeaveEveryLineWhole() throws Exception {
    FileRunLog one = FileRunLog.open(dir);
    FileRunLog two = FileRunLog.open(dir.resolve(".").resolve("."));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        FileRunLog log = thread % 2 == 0 ? one : two;
        String runId = "r" + thread;
        writers.add(pool.submit(() -> {
          log.append(runId, true, line(runId, "run"));
          for (int i = 0; i < 200; i++) {
            log.append(runId, false, line(runId, "operation"));
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(Files.readAllLines(dir.resolve("runs.jsonl"))).hasSize(8 * 201)
        .allSatisfy(text -> assertThat(text).startsWith("{\"runId\":\"r").endsWith("}"));
    assertThat(one.recentRunIds(100)).hasSize(8);
  }

  @Test
  void aTornLastLineIsFencedOffAndSkippedWhenRead() throws IOException {
    FileRunLog log = FileRunLog.open(dir);
    log.append("r1", true, line("r1", "run"));
    Files.writeString(dir.resolve("runs.jsonl"), "{\"runId\":\"r1\",\"event\":\"ope",
        StandardOpenOption.APPEND);
    log.append("r1", false, line("r1", "end"));

    List<String> lines = new ArrayList<>();
    log.read("r1", lines::add);

    assertThat(lines).hasSize(3);
    assertThat(new RunHistory(log).run("r1")).get()
        .satisfies(run -> assertThat(run.complete()).isTrue());
  }

  @Test
  void filesRotateBySizeAtARunsStartAndTheOldestAreDroppedOnceAYearOld() throws IOException {
    FileRunLog log = FileRunLog.open(dir, 1024, 3);
    for (int run = 1; run <= 3; run++) {
      padded(log, "r" + run);
    }
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(400))));
      }
    }
    for (int run = 4; run <= 6; run++) {
      padded(log, "r" + run);
    }

    assertThat(dir.resolve("runs.jsonl")).exists();
    assertThat(dir.resolve("runs.2.jsonl")).exists();
    assertThat(dir.resolve("runs.3.jsonl")).doesNotExist();
    assertThat(log.recentRunIds(10)).containsExactly("r6", "r5", "r4");
    List<String> lines = new ArrayList<>();
    log.read("r5", lines::add);
    assertThat(lines).as("a run is never split between files").hasSize(3);
  }

  @Test
  void rotationNeverDropsARunTheGuardAcrossRunsMaySum() {
    FileRunLog log = FileRunLog.open(dir, 1024, 1);
    for (int run = 1; run <= 6; run++) {
      padded(log, "r" + run);
    }

    assertThat(dir.resolve("runs.5.jsonl")).exists();
    assertThat(log.recentRunIds(10)).containsExactly("r6", "r5", "r4", "r3", "r2", "r1");
  }

  @Test
  void aLineOverTheBoundIsSkippedNotReadIntoMemory() {
    FileRunLog log = FileRunLog.open(dir);
    log.append("r1", true, line("r1", "run"));
    log.append("r1", false, line("r1", "operation").replace("}", ",\"pad\":\""
        + "x".repeat(FileRunLog.MAX_LINE_CHARS) + "\"}"));
    log.append("r1", false, line("r1", "end"));

    List<String> lines = new ArrayList<>();
    log.read("r1", lines::add);

    assertThat(lines).hasSize(2).allSatisfy(text -> assertThat(text).hasSizeLessThan(200));
  }

  /** One run of three lines, over 1 KiB in all, so that the next run begins a new file. */
  private static void padded(FileRunLog log, String id) {
    log.append(id, true, line(id, "run"));
    log.append(id, false, line(id, "operation").replace("}", ",\"pad\":\"" + "x".repeat(1100)
        + "\"}"));
    log.append(id, false, line(id, "end"));
  }

  @Test
  void aLogFilePlantedAsALinkIsRefused() throws IOException {
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "");
    Path logDir = Files.createDirectories(dir.resolve("log"));
    Files.createSymbolicLink(logDir.resolve("runs.jsonl"), elsewhere);
    FileRunLog log = FileRunLog.open(logDir);

    assertThatThrownBy(() -> log.append("r1", true, line("r1", "run")))
        .isInstanceOf(RunLogException.class)
        .hasMessageContaining("is not a regular file");
    assertThat(elsewhere).isEmptyFile();
  }

  @Test
  void aLineThatIsNotOneJsonObjectOnOneLineIsRefused() {
    FileRunLog log = FileRunLog.open(dir);

    assertThatThrownBy(() -> log.append("r1", true, "{\"runId\":\"r1\"}\n{\"x\":1}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
