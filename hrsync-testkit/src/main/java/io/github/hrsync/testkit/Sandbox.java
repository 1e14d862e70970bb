package io.github.hrsync.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Both APIs on one loopback HTTP server with a random port. The credentials are fixed sandbox
 * values, public on purpose: they open nothing but this server.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
 *   JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
 *       .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
  /** The sandbox's JobTicket API key id. */
  public static final String JOBTICKET_KEY_ID = "00000000-sandbox-key";
  /** The sandbox's JobTicket API key secret. */
  public static final String JOBTICKET_KEY_SECRET = "sandbox-secret";
  /** The sandbox's HR Feed token (a JWT whose payload is {"id":"sandbox","key":"demo"}). */
  public static final String HR_FEED_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
      + ".eyJpZCI6InNhbmRib3giLCJrZXkiOiJkZW1vIn0.c2FuZGJveC1zaWduYXR1cmU";

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY every answer waits
    // ~40 ms for a delayed ACK, which would make the sandbox slower than any real server. The
    // property is read once, when the first JDK server starts in this JVM.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final JobTicketSandbox jobTicket;
  private final HrFeedSandbox hrFeed;
  private volatile SandboxFaults faults;
  private final AtomicInteger requests = new AtomicInteger();

  private Sandbox(SandboxFaults faults, Clock clock, SandboxReadings readings) throws IOException {
    this.faults = faults;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(32, task -> {
      Thread thread = new Thread(task, "hrsync-sandbox");
      thread.setDaemon(true);
      return thread;
    });
    this.jobTicket = new JobTicketSandbox(JOBTICKET_KEY_ID, JOBTICKET_KEY_SECRET, clock,
        readings);
    this.hrFeed = new HrFeedSandbox(HR_FEED_TOKEN, readings);
    server.createContext(JobTicketSandbox.BASE_PATH, http ->
        serve(http, JobTicketSandbox.BASE_PATH, jobTicket::handle));
    server.createContext(HrFeedSandbox.BASE_PATH, http ->
        serve(http, HrFeedSandbox.BASE_PATH, hrFeed::handle));
    server.setExecutor(executor);
    server.start();
    jobTicket.baseUrl(jobTicketUrl().toString());
  }

  /**
   * Starts a sandbox with empty stores.
   *
   * @param faults the faults to inject
   * @return the running sandbox; close it to stop
   */
  public static Sandbox start(SandboxFaults faults) {
    return start(faults, Clock.systemUTC());
  }

  /**
   * Starts a sandbox with empty stores whose JobTicket rate window and lock-out run on
   * {@code clock}. Give it the {@link VirtualClock} the clients under test sleep on: then a
   * client waiting a virtual minute for its rate limit finds the sandbox's window a minute older
   * too, as against a real server.
   *
   * @param faults the faults to inject
   * @param clock the clock the sandbox counts requests on
   * @return the running sandbox; close it to stop
   */
  public static Sandbox start(SandboxFaults faults, Clock clock) {
    try {
      return new Sandbox(faults, java.util.Objects.requireNonNull(clock, "clock"),
          SandboxReadings.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the sandbox on loopback", e);
    }
  }

  /**
   * Starts a sandbox with empty stores that behaves, where the API documents leave it open, as
   * {@code readings} say (see the test kit's README for the table).
   *
   * @param faults the faults to inject
   * @param clock the clock the sandbox counts requests and dates on
   * @param readings the readings of undocumented behaviour
   * @return the running sandbox; close it to stop
   */
  public static Sandbox start(SandboxFaults faults, Clock clock, SandboxReadings readings) {
    try {
      return new Sandbox(faults, java.util.Objects.requireNonNull(clock, "clock"),
          java.util.Objects.requireNonNull(readings, "readings"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the sandbox on loopback", e);
    }
  }

  /**
   * Replaces what both APIs hold by a snapshot, so that a plan made against a real account can
   * be reproduced offline: the format hrsync's {@code Snapshot.write} writes,
   * {@code {"format": "hrsync.sandbox-snapshot.v1", "jobTicket": {"employees": [...]},
   * "hrFeed": {"users": [...]}}}, each record as the API returns it. Ids are kept.
   *
   * @param snapshot the snapshot's text; not closed
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when it is not such a snapshot
   */
  public void load(java.io.Reader snapshot) throws IOException {
    com.fasterxml.jackson.databind.JsonNode root = Exchange.JSON.readTree(snapshot);
    if (root == null || !"hrsync.sandbox-snapshot.v1".equals(root.path("format").asText())) {
      throw new IllegalArgumentException("not an hrsync sandbox snapshot (format "
          + "hrsync.sandbox-snapshot.v1)");
    }
    jobTicket.load(root.path("jobTicket").path("employees"));
    hrFeed.load(root.path("hrFeed").path("users"));
  }

  /**
   * Changes the faults injected from the next request on (for example, none after a faulty run).
   *
   * @param faults the faults to inject
   */
  public void injectFaults(SandboxFaults faults) {
    this.faults = java.util.Objects.requireNonNull(faults, "faults");
  }

  /** @return the JobTicket base URL */
  public URI jobTicketUrl() {
    return URI.create(origin() + JobTicketSandbox.BASE_PATH);
  }

  /** @return the HR Feed base URL */
  public URI hrFeedUrl() {
    return URI.create(origin() + HrFeedSandbox.BASE_PATH);
  }

  /** @return the JobTicket store */
  public JobTicketSandbox jobTicket() {
    return jobTicket;
  }

  /** @return the HR Feed store */
  public HrFeedSandbox hrFeed() {
    return hrFeed;
  }

  /** @return how many requests the sandbox has received */
  public int requestCount() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Handles one API request. */
  @FunctionalInterface
  private interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  private void serve(HttpExchange http, String prefix, Handler handler) throws IOException {
    int number = requests.incrementAndGet();
    Exchange exchange = new Exchange(http, prefix);
    try {
      if (!faults.delay().isZero()) {
        Thread.sleep(faults.delay().toMillis());
      }
      if (faults.resetEvery() > 0 && number % faults.resetEvery() == 0) {
        exchange.reset();
      } else if (faults.unavailableEvery() > 0 && number % faults.unavailableEvery() == 0) {
        exchange.header("Retry-After", "1");
        exchange.json(503, Map.of("message", "Service unavailable (injected)"));
      } else {
        handler.handle(exchange);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.reset();
    } catch (Exchange.MalformedBody e) {
      // the documents give 400 for a malformed request (JobTicket: message; HR Feed: error)
      exchange.json(400, Map.of("message", "Malformed JSON in the request body",
          "error", "Malformed JSON in the request body"));
    } catch (RuntimeException e) {
      exchange.json(500, Map.of("error", "sandbox failure: " + e));
    }
  }
}
