package io.github.hrsync.benchmarks;

import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.HrFeedPlanner;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.ArrayList;
import java.util.List;
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
 * Hostile input: {@code Roster.of} of ids, and an HR Feed plan against as many users without
 * an externalId, whose e-mails are ids, when the ids are ordinary and when they are crafted to
 * collide under a fixed polynomial hash (two-char blocks {@code a^} and {@code b?}, alike under
 * {@code 31 * h + c}). The colliding runs are read as a ratio to the ordinary ones of the same
 * size in the same run: a hash that a hostile export could predict makes them quadratic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CollisionBenchmark {
  @Param({"16384", "65536"})
  int size;

  @Param({"ordinary", "colliding"})
  String ids;

  private List<SourceEmployee> rows;
  private Roster roster;
  private List<User> unmanaged;
  private final HrFeedPlanner planner = new HrFeedPlanner(PlanOptions.defaults());

  @Setup
  public void setUp() {
    rows = new ArrayList<>(size);
    unmanaged = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String id = ids.equals("colliding") ? colliding(i) : BenchmarkData.hrId(i);
      rows.add(SourceEmployee.builder(id, "First" + i, "Last" + i,
          "employee" + i + "@example.com").build());
      unmanaged.add(new User("u" + i, null, "Other" + i, "Person" + i, null,
          id + "@example.org", null, null, null, null, true, null, CustomFields.empty()));
    }
    roster = Roster.of(rows);
  }

  /** The {@code n}-th of 2^k ids of k blocks, each {@code a^} or {@code b?}. */
  private String colliding(int n) {
    StringBuilder id = new StringBuilder();
    for (int block = 0; 1 << block < size; block++) {
      id.append((n >> block & 1) == 0 ? "a^" : "b?");
    }
    return id.toString();
  }

  @Benchmark
  public Roster rosterOf() {
    return Roster.of(rows);
  }

  @Benchmark
  public HrFeedPlan hrFeedPlanAgainstUnmanagedUsers() {
    return planner.plan(roster, unmanaged, "https://agency.example/api/v2/hr-feed");
  }
}
