package io.github.hrsync.benchmarks;

import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.HrIntegrationLink;
import io.github.hrsync.jobticket.ListOptions;
import io.github.hrsync.jobticket.Subscription;
import io.github.hrsync.jobticket.SubscriptionStatus;
import io.github.hrsync.jobticket.SyncAccepted;
import io.github.hrsync.jobticket.SyncEmployee;
import io.github.hrsync.sync.jobticket.JobTicketOptions;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.jobticket.JobTicketSync;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JobTicket preview (the diff behind the roster replace: {@link JobTicketSync#plan}) of
 * {@code size} roster rows against a listing of as many employees, 5 % changed and 1 % missing
 * from the roster (offboarded by the replace), beside a bare HashMap join that compares the same
 * fields and only counts differences. Both read a listing made afresh before each call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JobTicketPreviewBenchmark {
  private static final long INTEGRATION = 7;

  @Param("100000")
  int size;

  /**
   * {@code fresh}: the listing is made anew before each call, as a listing decodes it;
   * {@code reused}: one listing for every call, whose strings are the roster's own instances with
   * their hash codes cached (the setup before round 3, kept to compare; it flatters any join that
   * hashes with {@link String#hashCode}). Allocation is read from {@code reused}: JMH counts the
   * fresh listing's own bytes in each call.
   */
  @Param({"fresh", "reused"})
  String listing;

  private Roster roster;
  private List<SourceEmployee> listed;
  private List<Employee> employees;
  private JobTicketSync preview;

  @Setup
  public void setUp() {
    List<SourceEmployee> rows = new ArrayList<>();
    List<SourceEmployee> all = BenchmarkData.roster(size);
    listed = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      SourceEmployee row = all.get(i);
      if (i % 100 != 1) {
        rows.add(row);
      }
      listed.add(row);
    }
    roster = Roster.of(rows);
    // made once per roster on first use, as RosterSync's plan does before planning a target;
    // the preview, the send and the run record share it (measured apart in the README)
    roster.digest();
    employees = listing(false);
    Clock clock = Clock.fixed(Instant.parse("2026-06-15T00:00:00Z"), ZoneOffset.UTC);
    preview = new JobTicketSync(new Listed(() -> employees), INTEGRATION,
        SafetyGuard.defaults(), clock, JobTicketOptions.defaults());
  }

  /** Before each call, a new listing when {@link #listing} is {@code fresh}. */
  @Setup(Level.Invocation)
  public void freshListing() {
    if (listing.equals("fresh")) {
      employees = listing(true);
    }
  }

  private List<Employee> listing(boolean fresh) {
    Subscription active = new Subscription(SubscriptionStatus.ACTIVE, null, null, null, null,
        null);
    List<Employee> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      SourceEmployee row = listed.get(i);
      all.add(new Employee(i + 1, copy(row.firstName(), fresh),
          i % 20 == 0 ? "Maiden" + i : copy(row.lastName(), fresh), copy(row.email(), fresh),
          row.dateOfBirth(), null, "employee", active, null, null,
          List.of(new HrIntegrationLink("hr-integration", copy(row.hrId(), fresh), INTEGRATION,
              null, null)), Map.of()));
    }
    return all;
  }

  @SuppressWarnings("StringOperationCanBeSimplified") // a new instance is the point
  private static String copy(String text, boolean fresh) {
    return fresh ? new String(text) : text;
  }

  @Benchmark
  public JobTicketPlan preview() {
    return preview.plan(roster);
  }

  @Benchmark
  public int baselineHashMapJoin() {
    Map<String, SourceEmployee> byHrId = new HashMap<>(roster.size() * 2);
    for (SourceEmployee row : roster.employees()) {
      byHrId.put(row.hrId(), row);
    }
    int differences = 0;
    for (Employee employee : employees) {
      SourceEmployee row = byHrId.remove(employee.hrIntegrationLinks().get(0).hrId());
      if (row == null || !Objects.equals(employee.firstName(), row.firstName())
          || !Objects.equals(employee.lastName(), row.lastName())
          || !Objects.equals(employee.email(), row.email())
          || !Objects.equals(employee.dateOfBirth(), row.dateOfBirth())
          || !Objects.equals(employee.profileImage(), row.profileImage())) {
        differences++;
      }
    }
    return differences + byHrId.size();
  }

  /** JobTicket as a listing in memory. */
  private static final class Listed extends UnsupportedJobTicket {
    private final Supplier<List<Employee>> employees;

    Listed(Supplier<List<Employee>> employees) {
      this.employees = employees;
    }

    @Override
    public PageIterable<Employee> listEmployees(ListOptions options) {
      return new PageIterable<>() {
        @Override
        public Iterable<Page<Employee>> pages() {
          List<Employee> all = employees.get();
          return List.of(new Page<>(all, 1, null, (long) all.size()));
        }

        @Override
        public Iterator<Employee> iterator() {
          return employees.get().iterator();
        }
      };
    }

    @Override
    public SyncAccepted triggerSync(long integrationId, String syncId,
        Collection<SyncEmployee> employees) {
      throw new UnsupportedOperationException("a preview sends nothing");
    }
  }
}
