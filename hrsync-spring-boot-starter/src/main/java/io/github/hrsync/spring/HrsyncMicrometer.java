package io.github.hrsync.spring;

import io.github.hrsync.core.observe.CallObserver;
import io.github.hrsync.core.observe.CallResult;
import io.github.hrsync.core.observe.HttpCall;
import io.github.hrsync.core.ratelimit.RateLimitWait;
import io.github.hrsync.core.observe.RetryScheduled;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.observe.SyncStep;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.Verdict;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDK's calls and sync steps in Micrometer, under the names {@code hrsync-opentelemetry}
 * uses: an observation per call ({@code http.client.request.duration}) and per sync step
 * ({@code hrsync.sync.step}), so Boot's tracing and timers see both, and the counters
 * {@code hrsync.client.retries}, {@code hrsync.guard.refusals} (by target, dimension and stage:
 * a plan's verdict, then the run's) and
 * {@code hrsync.sync.operations}, and the timer {@code hrsync.client.rate_limit.wait}. Tags hold
 * routes, targets and kinds only: never an id, a name or an e-mail.
 */
public final class HrsyncMicrometer implements CallObserver, SyncObserver, OutcomeCounter {
  private final MeterRegistry meters;
  private final ObservationRegistry observations;
  private final Map<Long, Observation> calls = new ConcurrentHashMap<>();
  private final Map<SyncStep, Observation> steps = new ConcurrentHashMap<>();
  /** The stage (plan or run) of the step running on this thread: a refusal is counted in it. */
  private final ThreadLocal<String> stage = ThreadLocal.withInitial(() -> "none");

  /**
   * @param meters where the counters go
   * @param observations where the calls and steps are observed
   */
  public HrsyncMicrometer(MeterRegistry meters, ObservationRegistry observations) {
    this.meters = meters;
    this.observations = observations;
  }

  @Override
  public void callStarted(HttpCall call) {
    calls.put(call.callId(), Observation.createNotStarted("http.client.request.duration",
            observations).contextualName(call.method() + " " + call.route())
        .lowCardinalityKeyValue("http.request.method", call.method())
        .lowCardinalityKeyValue("url.template", call.route())
        .lowCardinalityKeyValue("server.address", call.serverAddress())
        .lowCardinalityKeyValue("hrsync.api", call.api()).start());
  }

  @Override
  public void callFinished(HttpCall call, CallResult result) {
    Observation observation = calls.remove(call.callId());
    if (observation == null) {
      return;
    }
    observation.lowCardinalityKeyValue("http.response.status_code",
        String.valueOf(result.status()));
    String error = result.errorType();
    observation.lowCardinalityKeyValue("error.type", error == null ? "none" : error);
    observation.stop();
  }

  @Override
  public void retryScheduled(RetryScheduled retry) {
    meters.counter("hrsync.client.retries", "http.request.method", retry.failed().method(),
        "url.template", retry.failed().route(), "error.type", retry.reason()).increment();
  }

  @Override
  public void rateLimitWait(RateLimitWait wait) {
    meters.timer("hrsync.client.rate_limit.wait", "hrsync.api", wait.api(),
        "url.template", wait.route()).record(wait.duration());
  }

  @Override
  public void stepStarted(SyncStep step) {
    Observation observation = Observation.createNotStarted("hrsync.sync.step", observations)
        .contextualName(step.name())
        .lowCardinalityKeyValue("hrsync.stage", step.stage().name().toLowerCase(Locale.ROOT))
        .lowCardinalityKeyValue("hrsync.target", step.target() == null ? "all"
            : step.target().key());
    steps.put(step, observation.start());
    stage.set(step.stage().name().toLowerCase(Locale.ROOT));
  }

  @Override
  public void stepFinished(SyncStep step, String outcome) {
    Observation observation = steps.remove(step);
    if (observation != null) {
      observation.lowCardinalityKeyValue("hrsync.outcome", outcome).stop();
    }
  }

  @Override
  public void guardVerdict(Target target, Verdict verdict) {
    if (verdict.allowed()) {
      return;
    }
    if (verdict.breaches().isEmpty()) {
      refusal(target, "EMPTY_ROSTER");
    }
    for (Breach breach : verdict.breaches()) {
      refusal(target, breach.dimension().name());
    }
  }

  private void refusal(Target target, String dimension) {
    meters.counter("hrsync.guard.refusals", "hrsync.target", target.key(),
        "hrsync.guard.dimension", dimension, "hrsync.stage", stage.get()).increment();
  }

  @Override
  public void operationDone(Target target, int done, int total, OperationRecord operation) {
    meters.counter("hrsync.sync.operations", "hrsync.target", target.key(),
        "hrsync.operation.kind", operation.kind(), "hrsync.operation.outcome",
        operation.outcome()).increment();
  }

  /**
   * Counts a target's outcome in {@code hrsync.sync.outcomes}, by sync, target and status.
   *
   * @param sync the sync's name
   * @param outcome the target's outcome
   */
  @Override
  public void count(String sync, io.github.hrsync.sync.plan.TargetOutcome outcome) {
    meters.counter("hrsync.sync.outcomes", "hrsync.sync", sync, "hrsync.target",
        outcome.target().key(), "hrsync.outcome", outcome.status().name()).increment();
  }

  @Override
  public String toString() {
    return "HrsyncMicrometer[" + meters.getClass().getSimpleName() + "]";
  }
}
