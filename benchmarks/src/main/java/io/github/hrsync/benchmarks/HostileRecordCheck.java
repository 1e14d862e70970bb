package io.github.hrsync.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.hrfeed.ApplyReport;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.HrFeedSync;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What one hostile HR Feed user costs: a 15.9 MB record whose custom fields hold 1,000,000
 * elements, on one page beside an ordinary user, served over real HTTP. Prints the peak heap of
 * listing, planning and applying, the way {@link ScaleCheck} measures a step. Run it at
 * {@code -Xmx1g} (see {@code benchmarks/README.md}).
 */
public final class HostileRecordCheck {
  private HostileRecordCheck() {}

  /**
   * Runs the check.
   *
   * @param args none
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    byte[] page = page();
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestMethod().equals("GET") ? page
          : "{\"id\":\"2\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      HrFeedClient client = HrFeedClient.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
          .token(Secret.of("hostile-record-check")).rateLimiter(RateLimiter.unlimited()).build();
      HrFeedSync sync = new HrFeedSync(client, PlanOptions.defaults());
      Roster roster = Roster.of(List.of(
          SourceEmployee.builder("E1", "Renamed", "Doe", "e1@example.com").build(),
          SourceEmployee.builder("E2", "Renamed", "Doe", "e2@example.com").build()));
      System.out.printf("A %,d-byte page: one user with 1,000,000 custom-field elements, one "
          + "ordinary user; max heap %d MiB%n%n", page.length,
          Runtime.getRuntime().maxMemory() >> 20);
      System.out.println("| step | time | peak heap | retained after |\n| --- | ---: | ---: | ---: |");
      List<User> users = ScaleCheck.step("HR Feed listing",
          () -> client.listUsers().stream().toList());
      HrFeedPlan plan = ScaleCheck.step("HR Feed plan (list + diff)", () -> sync.plan(roster));
      ApplyReport report = ScaleCheck.step("HR Feed apply (list, guard, staleness, run)",
          () -> sync.apply(plan, Approvals.none()));
      System.out.printf("%n(listed %d users, the hostile one's custom fields: %s; plan: %s; "
          + "apply: %s)%n", users.size(), users.get(0).customFields(),
          plan.warnings(), report.summary());
    } finally {
      server.stop(0);
    }
  }

  /** The page: {@code {"items":[hostile, ordinary], ...}}, about 15.9 MB. */
  private static byte[] page() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16_000_000);
    StringBuilder head = new StringBuilder("{\"items\":[{\"id\":\"1\",\"externalId\":\"E1\","
        + "\"firstName\":\"Old\",\"lastName\":\"Doe\",\"email\":\"e1@example.com\","
        + "\"isActive\":true,\"customFields\":[");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 1_000_000; i++) {
      out.writeBytes(String.format("{\"c\":\"%05d\"},", i % 100_000)
          .getBytes(StandardCharsets.UTF_8));
    }
    // the last element pads the record to 15.9 MB
    out.writeBytes(("{\"note\":\"" + "x".repeat(1_900_000) + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(("]},{\"id\":\"2\",\"externalId\":\"E2\",\"firstName\":\"Old\","
        + "\"lastName\":\"Doe\",\"email\":\"e2@example.com\",\"isActive\":true}],"
        + "\"page\":0,\"limit\":100,\"hasMore\":false}").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
