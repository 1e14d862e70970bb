package io.github.hrsync.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Both APIs on one loopback HTTP server, on a random port or a fixed one. The credentials are
 * fixed sandbox values, public on purpose: they open nothing but this server.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
 *   JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
 *       .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
 * }
 * }</pre>
 *
 * <p>A nightly job is tested across restarts with a fixed port and a state file: what both
 * APIs hold is read from the file at start and written back after every write request, so a
 * plan made against one start can be approved and applied against the next, as against a real
 * server: {@code Sandbox.builder().port(18080).stateFile(Path.of("sandbox.json")).start()}.
 */
public final class Sandbox implements AutoCloseable {
  /** The sandbox's JobTicket API key id. */
  public static final String JOBTICKET_KEY_ID = "00000000-sandbox-key";
  /** The sandbox's JobTicket API key secret. */
  public static final String JOBTICKET_KEY_SECRET = "sandbox-secret";
  /** The sandbox's HR Feed token (a JWT whose payload is {"id":"sandbox","key":"demo"}). */
  public static final String HR_FEED_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
      + ".eyJpZCI6InNhbmRib3giLCJrZXkiOiJkZW1vIn0.c2FuZGJveC1zaWduYXR1cmU";

  private static final String SNAPSHOT_FORMAT = "hrsync.sandbox-snapshot.v1";

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

  private final @Nullable Path stateFile;
  /** Set once {@link #close} has saved: no request in flight writes the state file after it. */
  private boolean closed;

  private Sandbox(Builder builder) throws IOException {
    this.faults = builder.faults;
    this.stateFile = builder.stateFile;
    Clock clock = builder.clock;
    SandboxReadings readings = builder.readings;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        builder.port), 0);
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
    jobTicket.baseUrl(jobTicketUrl().toString());
    if (stateFile != null && Files.exists(stateFile)) {
      try (Reader state = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
        load(state);
      } catch (IOException | IllegalArgumentException e) {
        server.stop(0);
        executor.shutdownNow();
        throw e;
      }
    }
    server.start();
  }

  /** @return a builder of a sandbox: a random port, no faults, no state file by default */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a sandbox with empty stores.
   *
   * @param faults the faults to inject
   * @return the running sandbox; close it to stop
   */
  public static Sandbox start(SandboxFaults faults) {
    return builder().faults(faults).start();
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
    return builder().faults(faults).clock(clock).start();
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
    return builder().faults(faults).clock(clock).readings(readings).start();
  }

  /**
   * Replaces what both APIs hold by a snapshot, so that a plan made against a real account can
   * be reproduced offline: the format hrsync's {@code Snapshot.write} writes,
   * {@code {"format": "hrsync.sandbox-snapshot.v1", "jobTicket": {"employees": [...]},
   * "hrFeed": {"users": [...]}}}, each record as the API returns it. Ids are kept.
   *
   * @param snapshot the snapshot's text; not closed
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when it is not such a snapshot, or a record has no id
   */
  public void load(java.io.Reader snapshot) throws IOException {
    com.fasterxml.jackson.databind.JsonNode root = Exchange.JSON.readTree(snapshot);
    if (root == null || !SNAPSHOT_FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("not an hrsync sandbox snapshot (format "
          + "hrsync.sandbox-snapshot.v1)");
    }
    jobTicket.load(root.path("jobTicket").path("employees"),
        root.path("jobTicket").path("syncIds"));
    hrFeed.load(root.path("hrFeed").path("users"));
    save();
  }

  /**
   * Writes what both APIs hold to the state file, if there is one: the snapshot format
   * {@link #load} reads, with the {@code syncId}s JobTicket received. Written whole to a
   * temporary file and moved over the old one, so a killed process leaves one or the other.
   */
  private synchronized void save() {
    if (stateFile == null || closed) {
      return;
    }
    ObjectNode state = Exchange.JSON.createObjectNode().put("format", SNAPSHOT_FORMAT);
    state.set("jobTicket", jobTicket.state());
    state.set("hrFeed", hrFeed.state());
    try {
      Path written = Files.createTempFile(stateFile.toAbsolutePath().getParent(),
          ".sandbox", ".json");
      Exchange.JSON.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), state);
      Files.move(written, stateFile, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the sandbox's state file " + stateFile, e);
    }
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

  /** @return the loopback port the sandbox listens on */
  public int port() {
    return server.getAddress().getPort();
  }

  /** @return how many requests the sandbox has received */
  public int requestCount() {
    return requests.get();
  }

  /**
   * Stops the server and waits for the requests in flight to end; with a state file, what both
   * APIs hold is in it, and nothing writes to it after this returns.
   */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    boolean interrupted = false;
    try {
      // bounded: a request still running after it cannot write the state file (closed below)
      executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    synchronized (this) {
      save();
      closed = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
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
        if (!"GET".equals(http.getRequestMethod())) {
          save();
        }
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

  /** Configures a {@link Sandbox}; not thread-safe. */
  public static final class Builder {
    private SandboxFaults faults = SandboxFaults.none();
    private Clock clock = Clock.systemUTC();
    private SandboxReadings readings = SandboxReadings.defaults();
    private int port;
    private @Nullable Path stateFile;

    private Builder() {}

    /**
     * @param value the faults to inject (default none)
     * @return this builder
     */
    public Builder faults(SandboxFaults value) {
      this.faults = Objects.requireNonNull(value, "faults");
      return this;
    }

    /**
     * @param value the clock the sandbox counts requests and dates on (default the system's)
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * @param value the readings of undocumented behaviour (default {@link
     *     SandboxReadings#defaults()})
     * @return this builder
     */
    public Builder readings(SandboxReadings value) {
      this.readings = Objects.requireNonNull(value, "readings");
      return this;
    }

    /**
     * @param value the loopback port, 1 to 65535; default 0, a free port chosen at start
     * @return this builder
     */
    public Builder port(int value) {
      if (value < 0 || value > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + value);
      }
      this.port = value;
      return this;
    }

    /**
     * Keeps what both APIs hold in a file: read at start when it exists, written after every
     * write request and at close (the snapshot format of {@link Sandbox#load}).
     *
     * @param value the state file; its directory must exist
     * @return this builder
     */
    public Builder stateFile(Path value) {
      this.stateFile = Objects.requireNonNull(value, "stateFile");
      return this;
    }

    /**
     * @return the running sandbox; close it to stop
     * @throws UncheckedIOException when the port cannot be bound or the state file read
     * @throws IllegalArgumentException when the state file is not a sandbox snapshot
     */
    public Sandbox start() {
      try {
        return new Sandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the sandbox on loopback port " + port
            + (stateFile == null ? "" : " with state file " + stateFile) + " ("
            + e.getClass().getSimpleName() + ")", e);
      }
    }
  }
}
