package io.github.hrsync.benchmarks;

import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.hrfeed.ApplyReport;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.HrFeedSync;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Applying {@code operations} PATCH operations through {@link HrFeedSync#apply} against a
 * loopback sandbox that answers after 5 ms: {@code concurrency=1} is the sequential baseline,
 * {@code concurrency=16} the parallel apply, both under the same client rate limiter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ApplyBenchmark {
  @Param("5000")
  int operations;

  @Param({"1", "16"})
  int concurrency;

  private SandboxState state;
  private HrFeedSync sync;
  private HrFeedPlan plan;

  @Setup
  public void setUp() {
    state = new SandboxState(operations, Duration.ofMillis(5));
    sync = new HrFeedSync(state.client, PlanOptions.defaults());
    plan = state.mobilePatches(state.client);
  }

  @TearDown
  public void tearDown() {
    state.close();
  }

  @Benchmark
  public ApplyReport apply() {
    ApplyReport report = sync.apply(plan, Approvals.none(),
        ApplyOptions.defaults().withConcurrency(concurrency).withVerifyFreshness(false));
    if (!report.complete()) {
      throw new IllegalStateException(report.summary());
    }
    return report;
  }
}
