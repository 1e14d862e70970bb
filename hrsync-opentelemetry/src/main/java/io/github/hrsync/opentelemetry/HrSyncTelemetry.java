package io.github.hrsync.opentelemetry;

import io.github.hrsync.core.observe.CallResult;
import io.github.hrsync.core.observe.HttpCall;
import io.github.hrsync.core.observe.RetryScheduled;
import io.github.hrsync.core.ratelimit.RateLimitWait;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.observe.SyncStep;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.Verdict;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * hrsync's traces and metrics through the OpenTelemetry API: one observer for the clients and
 * the sync. Register the same instance on each client builder and on the sync:
 *
 * <pre>{@code
 * HrSyncTelemetry telemetry = HrSyncTelemetry.create(GlobalOpenTelemetry.get());
 * HrFeedClient hrFeed = HrFeedClient.builder().token(token).observer(telemetry).build();
 * JobTicketClient jobTicket = JobTicketClient.builder().credentials(id, secret)
 *     .observer(telemetry).build();
 * RosterSync sync = RosterSync.builder().jobTicket(jobTicket, integrationId).hrFeed(hrFeed)
 *     .observer(telemetry).build();
 * }</pre>
 *
 * <p><b>Spans.</b> A client span per HTTP attempt, child of the caller's current span, named
 * {@code METHOD /route/{template}} after the HTTP client semantic conventions:
 * {@code http.request.method}, {@code url.template}, {@code server.address},
 * {@code server.port}, {@code http.response.status_code}, {@code http.request.resend_count}
 * from the first retry on, and {@code error.type} with an error status when it failed. Internal
 * spans for each step of the sync: {@code hrsync plan} and {@code hrsync run}, each with a child
 * per target ({@code hrsync run HR Feed}); the calls of a step, the HR Feed's parallel
 * operations included, are its children.
 *
 * <p><b>Metrics.</b> {@code http.client.request.duration} (s, per attempt),
 * {@code hrsync.client.retries}, {@code hrsync.client.rate_limit.wait} (s),
 * {@code hrsync.guard.refusals} (by {@code hrsync.target}, {@code hrsync.guard.dimension} and
 * {@code hrsync.stage}) and {@code hrsync.sync.operations} (by {@code hrsync.target},
 * {@code hrsync.operation.kind} and {@code hrsync.operation.outcome}).
 *
 * <p>No attribute carries an id, a name, an e-mail or a secret: a call is named by its route
 * template, never its path, and a step by its stage and target. Thread-safe.
 */
public final class HrSyncTelemetry implements SyncObserver {
  /** The instrumentation scope's name. */
  public static final String SCOPE = "io.github.hrsync";

  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  private static final AttributeKey<String> SERVER_ADDRESS =
      AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<Long> RESEND_COUNT =
      AttributeKey.longKey("http.request.resend_count");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final AttributeKey<String> API = AttributeKey.stringKey("hrsync.api");
  private static final AttributeKey<String> TARGET = AttributeKey.stringKey("hrsync.target");
  private static final AttributeKey<String> STAGE = AttributeKey.stringKey("hrsync.stage");
  private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("hrsync.outcome");
  private static final AttributeKey<String> DIMENSION =
      AttributeKey.stringKey("hrsync.guard.dimension");
  private static final AttributeKey<String> KIND =
      AttributeKey.stringKey("hrsync.operation.kind");
  private static final AttributeKey<String> OPERATION_OUTCOME =
      AttributeKey.stringKey("hrsync.operation.outcome");
  /** Step outcomes that mean the step did not do what it set out to. */
  private static final Set<String> FAILED_STEPS = Set.of("FAILED", "STALE", "INTERRUPTED");

  private final Tracer tracer;
  private final DoubleHistogram callDuration;
  private final LongCounter retries;
  private final DoubleHistogram rateLimitWaits;
  private final LongCounter guardRefusals;
  private final LongCounter operations;
  private final Map<Long, Span> calls = new ConcurrentHashMap<>();
  private final Map<SyncStep, OpenStep> steps = new ConcurrentHashMap<>();
  private final ThreadLocal<@Nullable SyncStep> currentStep = new ThreadLocal<>();

  /** A step's span, the scope that makes it current, and the step it nests in. */
  private record OpenStep(Span span, Scope scope, @Nullable SyncStep outer) {}

  private HrSyncTelemetry(OpenTelemetry openTelemetry) {
    this.tracer = openTelemetry.getTracer(SCOPE);
    Meter meter = openTelemetry.getMeter(SCOPE);
    this.callDuration = meter.histogramBuilder("http.client.request.duration").setUnit("s")
        .setDescription("Duration of HTTP client requests (one per attempt).").build();
    this.retries = meter.counterBuilder("hrsync.client.retries").setUnit("{retry}")
        .setDescription("Attempts that failed and were scheduled to be tried again.").build();
    this.rateLimitWaits = meter.histogramBuilder("hrsync.client.rate_limit.wait").setUnit("s")
        .setDescription("Time calls waited for their client's rate limiter.").build();
    this.guardRefusals = meter.counterBuilder("hrsync.guard.refusals").setUnit("{refusal}")
        .setDescription("Guard verdicts that refused a plan, per dimension breached.").build();
    this.operations = meter.counterBuilder("hrsync.sync.operations").setUnit("{operation}")
        .setDescription("Operations of applies, by kind and outcome.").build();
  }

  /**
   * @param openTelemetry the OpenTelemetry to trace and measure with
   * @return the observer; register it on the clients and the sync
   */
  public static HrSyncTelemetry create(OpenTelemetry openTelemetry) {
    return new HrSyncTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  @Override
  public void callStarted(HttpCall call) {
    SpanBuilder span = tracer.spanBuilder(call.method() + " " + call.route())
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(METHOD, call.method())
        .setAttribute(URL_TEMPLATE, call.route())
        .setAttribute(SERVER_ADDRESS, call.serverAddress())
        .setAttribute(SERVER_PORT, (long) call.serverPort())
        .setAttribute(API, call.api());
    if (call.attempt() > 1) {
      span.setAttribute(RESEND_COUNT, (long) call.attempt() - 1);
    }
    calls.put(call.callId(), span.startSpan());
  }

  @Override
  public void callFinished(HttpCall call, CallResult result) {
    Span span = calls.remove(call.callId());
    AttributesBuilder attributes = Attributes.builder().put(METHOD, call.method())
        .put(URL_TEMPLATE, call.route()).put(SERVER_ADDRESS, call.serverAddress())
        .put(SERVER_PORT, (long) call.serverPort());
    if (result.status() > 0) {
      attributes.put(STATUS, (long) result.status());
    }
    String errorType = result.errorType();
    if (errorType != null) {
      attributes.put(ERROR_TYPE, errorType);
    }
    callDuration.record(seconds(result.duration()), attributes.build());
    if (span == null) {
      return;
    }
    if (result.status() > 0) {
      span.setAttribute(STATUS, (long) result.status());
    }
    if (errorType != null) {
      span.setAttribute(ERROR_TYPE, errorType);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  @Override
  public void retryScheduled(RetryScheduled retry) {
    retries.add(1, Attributes.of(METHOD, retry.failed().method(), URL_TEMPLATE,
        retry.failed().route(), ERROR_TYPE, retry.reason()));
  }

  @Override
  public void rateLimitWait(RateLimitWait wait) {
    rateLimitWaits.record(seconds(wait.duration()), Attributes.of(API, wait.api(), METHOD,
        wait.method(), URL_TEMPLATE, wait.route()));
  }

  @Override
  public void stepStarted(SyncStep step) {
    SpanBuilder builder = tracer.spanBuilder(step.name()).setSpanKind(SpanKind.INTERNAL)
        .setAttribute(STAGE, stage(step));
    Target target = step.target();
    if (target != null) {
      builder.setAttribute(TARGET, target.key());
    }
    Span span = builder.startSpan();
    steps.put(step, new OpenStep(span, span.makeCurrent(), currentStep.get()));
    currentStep.set(step);
  }

  @Override
  public void stepFinished(SyncStep step, String outcome) {
    OpenStep open = steps.remove(step);
    if (open == null) {
      return;
    }
    open.scope().close();
    currentStep.set(open.outer());
    open.span().setAttribute(OUTCOME, outcome);
    if (FAILED_STEPS.contains(outcome)) {
      open.span().setStatus(StatusCode.ERROR);
    }
    open.span().end();
  }

  @Override
  public void guardVerdict(Target target, Verdict verdict) {
    if (verdict.allowed()) {
      return;
    }
    SyncStep step = currentStep.get();
    String stage = step == null ? "none" : stage(step);
    if (verdict.breaches().isEmpty()) {
      guardRefusals.add(1, Attributes.of(TARGET, target.key(), DIMENSION, "EMPTY_ROSTER",
          STAGE, stage));
    }
    for (Breach breach : verdict.breaches()) {
      guardRefusals.add(1, Attributes.of(TARGET, target.key(), DIMENSION,
          breach.dimension().name(), STAGE, stage));
    }
  }

  @Override
  public void operationDone(Target target, int done, int total, OperationRecord operation) {
    operations.add(1, Attributes.of(TARGET, target.key(), KIND, operation.kind(),
        OPERATION_OUTCOME, operation.outcome()));
  }

  @Override
  public Runnable propagate(Runnable task) {
    return Context.current().wrap(task);
  }

  private static String stage(SyncStep step) {
    return step.stage().name().toLowerCase(Locale.ROOT);
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  @Override
  public String toString() {
    return "HrSyncTelemetry[" + tracer + "]";
  }
}
