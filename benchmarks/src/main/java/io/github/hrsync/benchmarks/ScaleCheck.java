package io.github.hrsync.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.hrfeed.NewUser;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserPatch;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.HrIntegrationLink;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.jobticket.ListOptions;
import io.github.hrsync.jobticket.Subscription;
import io.github.hrsync.jobticket.SubscriptionStatus;
import io.github.hrsync.jobticket.SyncAccepted;
import io.github.hrsync.jobticket.SyncEmployee;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.hrfeed.ApplyReport;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.HrFeedSync;
import io.github.hrsync.sync.jobticket.JobTicketSync;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.reader.CsvSource;
import io.github.hrsync.reader.RosterMapping;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scale check: every step of both syncs for 1,000,000 employees against 1,000,000 users, each
 * step's time, peak heap (the most heap in use just before any collection during the step, as
 * the collectors report it: live data and garbage) and the heap still in use after it (after a
 * full collection: the step's result and everything before it) printed as a table. Run it at {@code
 * -Xmx1g} (see
 * {@code benchmarks/README.md}). The platforms are generated as they are listed, so their data
 * never sits in the heap being measured: what is measured is the SDK. The JobTicket roster is
 * streamed over real HTTP to a local server that counts and discards it.
 */
public final class ScaleCheck {
  private static final int INTEGRATION = 7;
  private static final String TARGET = "https://agency.example/api/v2/hr-feed";
  private static final String HEADER = "| step | time | peak heap | retained after |\n"
      + "| --- | ---: | ---: | ---: |";

  private ScaleCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of employees (default 1,000,000)
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.printf("Scale check: %,d employees against %,d users, max heap %d MiB%n%n", size,
        size, Runtime.getRuntime().maxMemory() >> 20);
    System.out.println(HEADER);
    Path export = Files.createTempFile("hrsync-export", ".csv");
    Roster roster;
    try {
      step("write the export (input, row by row)", () -> {
        BenchmarkData.writeExport(export, size);
        return export;
      });
      roster = step("read the export (parse, map, validate)", () -> {
        try (CsvSource rows = CsvSource.open(export)) {
          return RosterMapping.standard(rows.columns()).read(rows).roster();
        }
      });
    } finally {
      Files.deleteIfExists(export);
    }
    // what a sync does first with a roster (RosterSync names it in the plan), once per roster
    step("Roster.digest (hrId order, first use)", roster::digest);
    jobTicket(roster, size);
    hrFeed(roster, size);
  }

  private static void jobTicket(Roster roster, int size) throws Exception {
    try (DiscardingServer server = new DiscardingServer()) {
      JobTicketClient jobTicket = new GeneratedJobTicket(size, server.client());
      JobTicketSync replace = new JobTicketSync(jobTicket, INTEGRATION,
          SafetyGuard.defaults());
      JobTicketPlan preview = step("JobTicket preview (list + diff)", () -> replace.plan(roster));
      step("JobTicket send (re-list, re-check, stream)", () -> replace.apply(preview));
      System.out.printf("%n(JobTicket received %,d bytes with Content-Length %s)%n%n",
          server.received.get(), server.contentLength);
    }
  }

  private static void hrFeed(Roster roster, int size) throws Exception {
    HrFeedSync hrFeed = new HrFeedSync(new GeneratedHrFeed(size), PlanOptions.defaults());
    System.out.println(HEADER);
    HrFeedPlan plan = step("HR Feed plan (list + diff)", () -> hrFeed.plan(roster));
    step("HR Feed fingerprint", plan::fingerprint);
    Path file = Files.createTempFile("hrsync-plan", ".json");
    try {
      step("HR Feed toJson (streamed to a file)", () -> {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          plan.writeJson(out);
        }
        return file;
      });
      step("HR Feed fromJson (streamed back)", () -> {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          return HrFeedPlan.fromJson(in);
        }
      });
      step("HR Feed render (streamed)", () -> {
        try (Writer out = new BufferedWriter(Writer.nullWriter())) {
          plan.render(out);
        }
        return plan;
      });
    } finally {
      Files.deleteIfExists(file);
    }
    ApplyReport report = step("HR Feed apply (list, guard, staleness, run)",
        () -> hrFeed.apply(plan, Approvals.none()));
    System.out.printf("%n(plan: %,d operations; apply: %s)%n", plan.operations().size(),
        report.summary());
  }

  /** One step whose result is kept alive until the next step. */
  @FunctionalInterface
  interface Step<T> {
    T run() throws Exception;
  }

  /** The most heap in use just before any collection since the last reset. */
  private static final AtomicLong PEAK = new AtomicLong();

  static {
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
        .forEach(pool -> heapPools.add(pool.getName()));
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
            .equals(notification.getType())) {
          long before = GarbageCollectionNotificationInfo.from(
              (CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageBeforeGc()
              .entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
              .mapToLong(pool -> pool.getValue().getUsed()).sum();
          PEAK.accumulateAndGet(before, Math::max);
        }
      }, null, null);
    }
  }

  static <T> T step(String name, Step<T> step) throws Exception {
    System.gc();
    PEAK.set(heapUsed());
    long started = System.nanoTime();
    T result = step.run();
    long millis = (System.nanoTime() - started) / 1_000_000;
    long peak = Math.max(PEAK.get(), heapUsed());
    System.gc();
    long retained = heapUsed();
    System.out.printf("| %s | %,d ms | %,d MiB | %,d MiB |%n", name, millis, peak >> 20,
        retained >> 20);
    return result;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** A JobTicket whose employees are made as they are listed; the sync goes to a real client. */
  private static final class GeneratedJobTicket extends UnsupportedJobTicket {
    private final int size;
    private final JobTicketClient sender;

    GeneratedJobTicket(int size, JobTicketClient sender) {
      this.size = size;
      this.sender = sender;
    }

    @Override
    public PageIterable<Employee> listEmployees(ListOptions options) {
      Subscription active = new Subscription(SubscriptionStatus.ACTIVE, null, null, null, null,
          null);
      return generated(size, i -> new Employee(i + 1, "First" + i, "Lästname" + i,
          "employee" + i + "@example.com", null, null, "employee", active, null, null,
          List.of(new HrIntegrationLink("hr-integration", BenchmarkData.hrId(i),
              (long) INTEGRATION, null, null)), Map.of()));
    }

    @Override
    public SyncAccepted triggerSync(long integrationId, String syncId,
        Collection<SyncEmployee> employees) {
      return sender.triggerSync(integrationId, syncId, employees);
    }
  }

  /** An HR Feed whose users are made as they are listed; every 100th differs in its mobile. */
  private static final class GeneratedHrFeed extends UnsupportedHrFeed {
    private final int size;

    GeneratedHrFeed(int size) {
      this.size = size;
    }

    @Override
    public PageIterable<User> listUsers(int pageSize) {
      return generated(size, i -> new User("u" + i, BenchmarkData.hrId(i), "First" + i,
          "Lästname" + i, null, "employee" + i + "@example.com",
          i % 100 == 0 ? "+46 70 0000000" : "+46 70 " + (1000000 + i), i % 2 == 0 ? "Ms" : "Mr",
          "SE", "sv-SE", true, new Unit("unit-" + i % 50, "DEPT-" + i % 50),
          CustomFields.of(Map.of("costCenter", "CC-" + i % 100))));
    }

    @Override
    public void updateUser(String id, UserPatch patch) {
      // accepted and forgotten: apply is measured, not a server
    }

    @Override
    public String baseUrl() {
      return TARGET;
    }
  }

  /** A listing of generated items, one page, nothing kept. */
  private static <T> PageIterable<T> generated(int size,
      java.util.function.IntFunction<T> item) {
    return new PageIterable<>() {
      @Override
      public Iterable<Page<T>> pages() {
        throw new UnsupportedOperationException("items only");
      }

      @Override
      public Iterator<T> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public T next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            return item.apply(next++);
          }
        };
      }
    };
  }

  /** A local JobTicket sync endpoint that counts and discards what it receives. */
  private static final class DiscardingServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicLong received = new AtomicLong();
    private volatile String contentLength = "none";

    DiscardingServer() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        contentLength = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Length"));
        try (InputStream in = exchange.getRequestBody()) {
          received.addAndGet(in.transferTo(OutputStream.nullOutputStream()));
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
      });
      server.start();
    }

    JobTicketClient client() {
      return JobTicketClient.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
          .credentials("scale-check", Secret.of("not-a-real-secret"))
          .rateLimiter(RateLimiter.unlimited()).build();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** The HR Feed endpoints the check does not use. */
  private abstract static class UnsupportedHrFeed implements HrFeedClient {
    @Override
    public String redact(String text) {
      return text; // holds no credential
    }

    @Override
    public User getUser(String id) {
      throw unused();
    }

    @Override
    public User getUserByExternalId(String externalId) {
      throw unused();
    }

    @Override
    public Optional<User> findUserByExternalId(String externalId) {
      throw unused();
    }

    @Override
    public User createUser(NewUser user) {
      throw unused();
    }

    @Override
    public User createOrGetUser(NewUser user) {
      throw unused();
    }

    @Override
    public void updateUserByExternalId(String externalId, UserPatch patch) {
      throw unused();
    }

    @Override
    public void deleteUser(String id) {
      throw unused();
    }

    @Override
    public void deleteUserByExternalId(String externalId) {
      throw unused();
    }

    @Override
    public RateLimiter rateLimiter() {
      return RateLimiter.unlimited();
    }
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("not used by the scale check");
  }
}
