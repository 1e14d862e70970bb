package io.github.hrsync.benchmarks;

import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.internal.RunLines;
import io.github.hrsync.sync.plan.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the run record adds to one operation of an apply, without the network: writing its line
 * ({@code encode}) and appending it to a {@link FileRunLog} under the file lock
 * ({@code encodeAndAppend}), in the same run. Against a 5 ms call, the difference is the share
 * of an operation the record costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RunLogBenchmark {
  private final OperationRecord operation = new OperationRecord("UPDATE", "EMP-000123",
      List.of("mobile", "email"), false, "SUCCEEDED", 204, "req-6f2c1d", 1,
      Duration.ofMillis(6), null, Map.of());
  private Path directory;
  private FileRunLog log;

  @Setup
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("hrsync-run-log");
    log = FileRunLog.open(directory, 64L * 1024 * 1024, 2);
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchmarkData.deleteTree(directory);
  }

  @Benchmark
  public String encode() {
    return RunLines.operation("20261202T031500Z-3fa9c1d2", Target.HR_FEED, operation);
  }

  @Benchmark
  public String encodeAndAppend() {
    String line = RunLines.operation("20261202T031500Z-3fa9c1d2", Target.HR_FEED, operation);
    log.append("20261202T031500Z-3fa9c1d2", false, line);
    return line;
  }
}
