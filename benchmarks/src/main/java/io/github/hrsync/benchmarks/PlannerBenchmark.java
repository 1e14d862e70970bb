package io.github.hrsync.benchmarks;

import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.HrFeedPlanner;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * HR Feed planning of {@code size} employees against as many users, 5 % changed, beside a bare
 * HashMap join that compares the same fields and only counts differences (the least any planner
 * must do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlannerBenchmark {
  @Param("100000")
  int size;

  private Roster roster;
  private List<User> users;
  private HrFeedPlanner planner;

  @Setup
  public void setUp() {
    roster = Roster.of(BenchmarkData.roster(size));
    users = BenchmarkData.users(roster.employees());
    planner = new HrFeedPlanner(PlanOptions.defaults());
  }

  @Benchmark
  public HrFeedPlan planner() {
    return planner.plan(roster, users, "https://agency.example/api/v2/hr-feed");
  }

  @Benchmark
  public int baselineHashMapJoin() {
    Map<String, User> byExternalId = new HashMap<>(users.size() * 2);
    for (User user : users) {
      byExternalId.put(user.externalId(), user);
    }
    int changed = 0;
    for (SourceEmployee e : roster.employees()) {
      User u = byExternalId.get(e.hrId());
      Unit unit = u == null ? null : u.unit();
      if (u == null || !Objects.equals(u.firstName(), e.firstName())
          || !Objects.equals(u.lastName(), e.lastName())
          || !Objects.equals(u.email(), e.email())
          || !Objects.equals(u.mobile(), e.mobile())
          || !Objects.equals(u.gender(), e.gender())
          || !Objects.equals(u.countryCode(), e.countryCode())
          || !Objects.equals(u.cultureCode(), e.cultureCode())
          || unit == null || !Objects.equals(unit.externalId(), e.unitExternalId())
          || !u.customFields().equals(e.customFields()) || !u.active()) {
        changed++;
      }
    }
    return changed;
  }
}
