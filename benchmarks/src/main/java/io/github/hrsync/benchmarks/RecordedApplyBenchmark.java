package io.github.hrsync.benchmarks;

import io.github.hrsync.core.Secret;
import io.github.hrsync.core.observe.CallResult;
import io.github.hrsync.core.observe.HttpCall;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.testkit.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 * What keeping a record costs: {@link RosterSync#apply} of {@code operations} PATCHes against a
 * loopback sandbox that answers after 5 ms, one at a time and 16 at once: with a
 * JSON Lines run log and one observer of every call and operation ({@code record=both}) against
 * neither ({@code record=off}) in the same run. {@code -p record=off,observer,runlog,both}
 * measures each alone too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class RecordedApplyBenchmark {
  @Param("300")
  int operations;

  @Param({"1", "16"})
  int concurrency;

  @Param({"off", "both"})
  String record;

  private SandboxState state;
  private Path runLog;
  private RosterSync sync;
  private SyncPlan plan;

  /** Counts what it hears, as a metrics exporter would. */
  static final class Counting implements SyncObserver {
    final LongAdder calls = new LongAdder();
    final LongAdder done = new LongAdder();

    @Override
    public void callFinished(HttpCall call, CallResult result) {
      calls.increment();
    }

    @Override
    public void operationDone(Target target, int count, int total, OperationRecord operation) {
      done.increment();
    }
  }

  @Setup
  public void setUp() throws IOException {
    state = new SandboxState(operations, Duration.ofMillis(5));
    runLog = Files.createTempDirectory("hrsync-run-log");
    Counting observer = new Counting();
    HrFeedClient.Builder client = HrFeedClient.builder().baseUrl(state.sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).rateLimiter(state.limiter);
    RosterSync.Builder builder = RosterSync.builder().applyOptions(ApplyOptions.defaults()
        .withConcurrency(concurrency).withVerifyFreshness(false));
    if (record.equals("observer") || record.equals("both")) {
      client.observer(observer);
      builder.observer(observer);
    }
    if (record.equals("runlog") || record.equals("both")) {
      builder.runLog(FileRunLog.open(runLog));
    }
    HrFeedClient hrFeed = client.build();
    sync = builder.hrFeed(hrFeed).build();
    HrFeedPlan patches = state.mobilePatches(hrFeed);
    plan = new SyncPlan("benchmark", "roster", operations,
        List.of(new SyncPlan.Part(Target.HR_FEED, patches, null, null, 0)));
  }

  @TearDown
  public void tearDown() throws IOException {
    state.close();
    BenchmarkData.deleteTree(runLog);
  }

  @Benchmark
  public SyncReport apply() {
    SyncReport report = sync.apply(plan, Approvals.none());
    if (!report.succeeded()) {
      throw new IllegalStateException(report.render());
    }
    return report;
  }
}
