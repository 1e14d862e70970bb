package io.github.hrsync.benchmarks;

import io.github.hrsync.core.ratelimit.FileRateBudgetStore;
import io.github.hrsync.core.ratelimit.RateBudgetStore;
import io.github.hrsync.core.ratelimit.RateLimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the rate budget costs one request, as the transport pays it: the lock-out check, a permit
 * and its release, with the budget in this JVM's memory (the baseline) or in a file that other
 * processes share. The window is so short that the budget never makes a call wait: this measures
 * the bookkeeping, not the limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RateBudgetBenchmark {
  @Param({"memory", "file"})
  String store;

  private RateLimiter limiter;

  @Setup
  public void setUp() {
    RateBudgetStore budgets;
    try {
      budgets = store.equals("file")
          ? FileRateBudgetStore.in(Files.createTempDirectory("hrsync-rate-budget-benchmark"))
          : RateBudgetStore.inMemory();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    limiter = RateLimiter.shared(1_000_000, Duration.ofNanos(1), budgets, "jobticket-benchmark");
  }

  @Benchmark
  public Instant oneRequestsBookkeeping() throws InterruptedException {
    Instant locked = limiter.readLockedUntil();
    RateLimiter.Permit permit = limiter.acquire(Instant.now().plusSeconds(60));
    permit.release();
    return locked != null ? locked : permit.grantedAt();
  }
}
