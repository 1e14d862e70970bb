package io.github.hrsync.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.testkit.VirtualClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress fits where it is shown: a bar on a terminal, a few lines in a log. */
class ProgressTest {
  private static final OperationRecord OPERATION = new OperationRecord("UPDATE", "E1",
      List.of(), false, "SUCCEEDED", 200, null, 1, Duration.ZERO, null, Map.of());

  @Test
  void inALogAThousandOperationsAreElevenLinesNotOnePerOperation() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), false,
        new VirtualClock(Instant.parse("2026-12-06T02:00:00Z")));

    for (int done = 1; done <= 1000; done++) {
      progress.operationDone(Target.HR_FEED, done, 1000, OPERATION);
    }

    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(11).startsWith("  HR Feed: 1/1000 operations (0 %)")
        .endsWith("  HR Feed: 1000/1000 operations (100 %)");
    assertThat(lines).doesNotContain("\r");
  }

  @Test
  void inALogASlowApplyAlsoPrintsALineEveryTenSeconds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VirtualClock clock = new VirtualClock(Instant.parse("2026-12-06T02:00:00Z"));
    Progress progress = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), false,
        clock);

    progress.operationDone(Target.HR_FEED, 1, 1000, OPERATION);
    clock.advance(Duration.ofSeconds(9));
    progress.operationDone(Target.HR_FEED, 2, 1000, OPERATION);
    clock.advance(Duration.ofSeconds(1));
    progress.operationDone(Target.HR_FEED, 3, 1000, OPERATION);

    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "  HR Feed: 1/1000 operations (0 %)", "  HR Feed: 3/1000 operations (0 %)");
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlace() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), true,
        new VirtualClock(Instant.parse("2026-12-06T02:00:00Z")));

    progress.operationDone(Target.HR_FEED, 1, 2, OPERATION);
    progress.operationDone(Target.HR_FEED, 2, 2, OPERATION);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\r  [" + "#".repeat(15)
        + "-".repeat(15) + "] 1/2\r  [" + "#".repeat(30) + "] 2/2" + System.lineSeparator());
  }
}
