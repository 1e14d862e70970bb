package io.github.hrsync.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testing.HostileServer;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.testkit.VirtualClock;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The spans and metrics of a sync against the test kit's sandbox, with retries and rate-limit
 * waits, taken by the SDK's in-memory exporters: every HTTP attempt a client span under its
 * step, the steps nested, the metrics counted; and no id, name, e-mail or secret in any span
 * name or attribute, even from a server that echoes the token back as a user's id.
 */
class HrSyncTelemetryTest {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .build();
  private final HrSyncTelemetry telemetry = HrSyncTelemetry.create(sdk);
  private final VirtualClock clock = new VirtualClock(Instant.parse("2026-06-01T08:00:00Z"));
  private final Sleeper sleeper = Sleeper.virtual(clock, clock::sleepUntil);

  @AfterEach
  void close() {
    sdk.close();
  }

  private static Roster roster(int size) {
    return Roster.of(IntStream.rangeClosed(1, size).mapToObj(i -> SourceEmployee.builder(
        "E" + i, "Anna" + i, "Berg" + i, "anna" + i + "@example.com").build()).toList());
  }

  private static Optional<SpanData> named(List<SpanData> all, String name) {
    return all.stream().filter(span -> span.getName().equals(name)).findFirst();
  }

  private static List<String> texts(List<SpanData> all, Collection<MetricData> measured) {
    List<String> texts = new ArrayList<>();
    for (SpanData span : all) {
      texts.add(span.getName());
      span.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value));
    }
    for (MetricData metric : measured) {
      for (PointData point : metric.getData().getPoints()) {
        point.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value));
      }
    }
    return texts;
  }

  private static long sum(Collection<MetricData> measured, String name, Attributes where) {
    return measured.stream().filter(metric -> metric.getName().equals(name))
        .flatMap(metric -> metric.getLongSumData().getPoints().stream())
        .filter(point -> where.asMap().entrySet().stream().allMatch(entry ->
            entry.getValue().equals(point.getAttributes().get(entry.getKey()))))
        .mapToLong(point -> point.getValue()).sum();
  }

  @Test
  void aSyncWithRetriesAndRateLimitWaitsIsTracedAndMeasuredWithoutPersonalDataOrSecrets() {
    try (Sandbox sandbox = Sandbox.start(new SandboxFaults(0, 4, Duration.ZERO), clock)) {
      IntStream.rangeClosed(1, 20).forEach(i -> {
        sandbox.hrFeed().seed(Map.of("externalId", "E" + i, "firstName", "Anna" + i,
            "lastName", "Berg" + i, "email", "anna" + i + "@example.com", "isActive", true));
        sandbox.jobTicket().seed("E" + i, "Anna" + i, "Berg" + i, "anna" + i + "@example.com",
            null);
      });
      RetryPolicy retries = RetryPolicy.builder().maxAttempts(6).build();
      HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
          .token(Secret.of(Sandbox.HR_FEED_TOKEN)).clock(clock).sleeper(sleeper)
          .retryPolicy(retries).observer(telemetry)
          .rateLimiter(RateLimiter.rollingWindow(4, Duration.ofSeconds(60), clock, sleeper))
          .build();
      JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
          .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET))
          .clock(clock).sleeper(sleeper).retryPolicy(retries).observer(telemetry).build();
      RosterSync sync = RosterSync.builder().clock(clock).observer(telemetry)
          .jobTicket(jobTicket, 7).hrFeed(hrFeed).build();

      sync.apply(sync.plan(roster(24)), Approvals.none());   // 4 adds on each target
      sync.apply(sync.plan(roster(5)), Approvals.none());    // 19 removals: refused on both
    }
    List<SpanData> all = spans.getFinishedSpanItems();
    Collection<MetricData> measured = metrics.collectAllMetrics();

    SpanData run = named(all, "hrsync run HR Feed").orElseThrow();
    List<SpanData> creates = all.stream().filter(span -> span.getName().equals("POST /users"))
        .toList();
    assertThat(creates).isNotEmpty().allSatisfy(span -> {
      assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
      assertThat(span.getParentSpanId()).as("an apply worker's call is a child of its step")
          .isEqualTo(run.getSpanId());
      assertThat(span.getAttributes().get(AttributeKey.stringKey("url.template")))
          .isEqualTo("/users");
      assertThat(span.getAttributes().get(AttributeKey.stringKey("server.address")))
          .isEqualTo("127.0.0.1");
    });
    assertThat(named(all, "hrsync run HR Feed").orElseThrow().getParentSpanId())
        .isEqualTo(named(all, "hrsync run").orElseThrow().getSpanId());
    assertThat(named(all, "GET /users").orElseThrow().getParentSpanId()).isIn(
        all.stream().filter(span -> span.getName().startsWith("hrsync plan "))
            .map(SpanData::getSpanId).toList());
    assertThat(all).as("a retried attempt carries its resend count and the failure its error")
        .anySatisfy(span -> assertThat(span.getAttributes()
            .get(AttributeKey.longKey("http.request.resend_count"))).isEqualTo(1L))
        .anySatisfy(span -> assertThat(span.getAttributes()
            .get(AttributeKey.stringKey("error.type"))).isEqualTo("503"));
    assertThat(all).anySatisfy(span -> assertThat(span.getName())
        .isEqualTo("POST /hr-integrations/{integrationId}/sync"));

    assertThat(measured).extracting(MetricData::getName).contains(
        "http.client.request.duration", "hrsync.client.retries",
        "hrsync.client.rate_limit.wait", "hrsync.guard.refusals", "hrsync.sync.operations");
    assertThat(sum(measured, "hrsync.client.retries", Attributes.empty())).isPositive();
    assertThat(sum(measured, "hrsync.sync.operations", Attributes.of(
        AttributeKey.stringKey("hrsync.target"), "hrfeed",
        AttributeKey.stringKey("hrsync.operation.kind"), "CREATE"))).isEqualTo(4);
    assertThat(sum(measured, "hrsync.guard.refusals", Attributes.of(
        AttributeKey.stringKey("hrsync.guard.dimension"), "REMOVALS",
        AttributeKey.stringKey("hrsync.stage"), "run"))).isEqualTo(2);
    assertThat(measured.stream().filter(metric -> metric.getName()
        .equals("hrsync.client.rate_limit.wait")).flatMap(metric -> metric.getHistogramData()
        .getPoints().stream()).mapToLong(point -> point.getCount()).sum()).isPositive();

    assertThat(texts(all, measured)).allSatisfy(text -> assertThat(text)
        .doesNotContain("@", "Anna", "Berg", "E1", Sandbox.HR_FEED_TOKEN,
            Sandbox.JOBTICKET_KEY_SECRET, Sandbox.JOBTICKET_KEY_ID));
  }

  @Test
  void pagesReadAheadOnOtherThreadsAreChildrenOfTheCallersSpan() {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none(), clock)) {
      IntStream.rangeClosed(1, 250).forEach(i -> sandbox.hrFeed().seed(Map.of("externalId",
          "E" + i, "firstName", "F", "lastName", "L", "email", "e" + i + "@example.com",
          "isActive", true)));
      HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
          .token(Secret.of(Sandbox.HR_FEED_TOKEN)).observer(telemetry).build();
      io.opentelemetry.api.trace.Span caller = sdk.getTracer("test").spanBuilder("caller")
          .startSpan();
      try (io.opentelemetry.context.Scope scope = caller.makeCurrent()) {
        assertThat(hrFeed.listUsers(50).stream().count()).isEqualTo(250);
      } finally {
        caller.end();
      }

      List<SpanData> gets = spans.getFinishedSpanItems().stream()
          .filter(span -> span.getName().equals("GET /users")).toList();
      assertThat(gets).hasSize(5).allSatisfy(span -> assertThat(span.getParentSpanId())
          .isEqualTo(caller.getSpanContext().getSpanId()));
    }
  }

  @Test
  void aServerThatEchoesTheTokenAsAUsersIdCannotPutItIntoASpanOrAMetric() throws Exception {
    String token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlY2hvIn0.c2lnbmF0dXJlLXNlY3JldA";
    try (HostileServer server = new HostileServer((request, out) -> {
      if (request.method().equals("GET")) {
        HostileServer.write(out, 200, "application/json", "{\"items\":[{\"id\":\"" + token
            + "\",\"externalId\":\"E1\",\"firstName\":\"" + token + "\","
            + "\"lastName\":\"Doe\",\"email\":\"x@example.com\",\"isActive\":true}],"
            + "\"page\":0,\"limit\":100,\"hasMore\":false}");
      } else {
        HostileServer.write(out, 500, "application/json", "{\"error\":\"" + token + "\"}");
      }
    })) {
      HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(server.baseUrl())
          .token(Secret.of(token)).retryPolicy(RetryPolicy.none()).observer(telemetry).build();
      RosterSync sync = RosterSync.builder().clock(clock).observer(telemetry).hrFeed(hrFeed)
          .build();

      sync.apply(sync.plan(Roster.of(List.of(SourceEmployee.builder("E1", "Ann", "Doe",
          "ann@example.com").build()))), Approvals.none());
    }
    List<SpanData> all = spans.getFinishedSpanItems();

    assertThat(all).extracting(SpanData::getName).contains("GET /users",
        "PATCH /users/{id}");
    assertThat(texts(all, metrics.collectAllMetrics())).allSatisfy(text ->
        assertThat(text).doesNotContain(token, "eyJ", "c2lnbmF0dXJl"));
  }
}
