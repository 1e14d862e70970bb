package io.github.hrsync.sync;

import io.github.hrsync.core.error.ApiConnectionException;
import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.core.internal.observe.Observers;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.hrfeed.ApplyReport;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.HrFeedSync;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.jobticket.JobTicketOptions;
import io.github.hrsync.sync.jobticket.JobTicketPlan;
import io.github.hrsync.sync.jobticket.JobTicketResult;
import io.github.hrsync.sync.jobticket.JobTicketSync;
import io.github.hrsync.sync.jobticket.SyncProgress;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.RunRecord;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.observe.SyncStep;
import io.github.hrsync.sync.plan.ApplyGate;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.ScopedRoster;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One sync of a roster to every configured target, JobTicket, the HR Feed or both, in one
 * vocabulary: {@link #plan} plans each target and gives each the guard's verdict without
 * throwing; {@link #apply} sends or applies each target whose verdict allows it or whose exact
 * plan is approved, and {@link #dryRun} says what apply would do without writing. One target's
 * refusal, staleness or failure never stops or mislabels another: each ends in its own
 * {@link TargetOutcome}.
 *
 * <pre>{@code
 * RosterSync sync = RosterSync.builder()
 *     .jobTicket(jobTicketClient, integrationId)
 *     .hrFeed(hrFeedClient)
 *     .build();
 * SyncPlan plan = sync.plan(roster);
 * System.out.print(plan.render());
 * SyncReport report = sync.apply(plan, Approvals.none());
 * System.out.print(report.render());
 * }</pre>
 *
 * An interrupt is the one thing that ends a run for every target: it surfaces as
 * {@link ApiInterruptedException}, the flag kept. For one target alone, its engine
 * ({@link JobTicketSync}, {@link HrFeedSync}) has the same verbs. Thread-safe.
 */
public final class RosterSync {
  /** The default window of the guard across runs: removals of the last 30 days are summed. */
  public static final Duration DEFAULT_REMOVAL_WINDOW = Duration.ofDays(30);

  private final @Nullable JobTicketSync jobTicket;
  private final @Nullable HrFeedSync hrFeed;
  private final ApplyOptions applyOptions;
  private final Observers<SyncObserver> observers;
  private final @Nullable RunLog runLog;
  private final RemovalWindow window;
  private final boolean recordValues;
  private final boolean skipUnchangedReplace;
  private final Clock clock;
  private final String jobTicketScope;
  private final String hrFeedScope;

  private RosterSync(Builder builder) {
    SafetyGuard guard = builder.guard;
    this.clock = builder.clock;
    this.jobTicket = builder.jobTicketClient == null ? null : new JobTicketSync(
        builder.jobTicketClient, builder.integrationId, guard, clock, builder.jobTicketOptions);
    this.hrFeed = builder.hrFeedClient == null ? null : new HrFeedSync(builder.hrFeedClient,
        builder.hrFeedOptions.withGuard(guard).withClock(clock));
    this.observers = Observers.of(builder.observers);
    ApplyOptions apply = builder.applyOptions.withRecordValues(builder.recordValues);
    for (SyncObserver observer : builder.observers) {
      apply = apply.withObserver(observer);
    }
    this.applyOptions = apply;
    this.runLog = builder.runLog;
    this.window = new RemovalWindow(runLog, builder.removalWindow, guard, clock,
        builder.refuseRemovalsWithoutRunLog);
    this.recordValues = builder.recordValues;
    this.skipUnchangedReplace = builder.skipUnchangedReplace;
    this.jobTicketScope = builder.jobTicketClient == null ? ""
        : builder.jobTicketClient.baseUrl() + " integration " + builder.integrationId;
    this.hrFeedScope = builder.hrFeedClient == null ? "" : builder.hrFeedClient.baseUrl();
  }

  /** Which instance of a target this sync talks to, as run records name it. */
  private String scope(Target target) {
    return target == Target.JOBTICKET ? jobTicketScope : hrFeedScope;
  }

  /** @return a builder; configure at least one target */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Plans every configured target; sends nothing. A target whose data cannot be read (a failed
   * listing) gets a part that says why, and the others are planned all the same. With a run log,
   * each part also carries the guard across runs.
   *
   * @param roster the complete roster
   * @return the plan of every target with its verdict
   * @throws ApiInterruptedException when interrupted (the flag kept)
   */
  public SyncPlan plan(Roster roster) {
    return plan(ScopedRoster.of(roster));
  }

  /**
   * Plans every configured target from the rows in its scope; sends nothing. A row out of a
   * target's scope is planned as absent there: a row that leaves a scope is a removal, and the
   * guard weighs it like any other. Each part says how many rows its scope left out.
   *
   * @param roster the complete roster and each target's scope
   * @return the plan of every target with its verdict
   * @throws ApiInterruptedException when interrupted (the flag kept)
   */
  public SyncPlan plan(ScopedRoster roster) {
    Objects.requireNonNull(roster, "roster");
    String planId = RunRecorder.newId(clock);
    SyncStep whole = new SyncStep(planId, SyncStep.Stage.PLAN, null);
    observers.tell(observer -> observer.stepStarted(whole));
    String[] ended = {"INTERRUPTED"};
    try {
      List<SyncPlan.Part> parts = new ArrayList<>(2);
      if (jobTicket != null) {
        parts.add(part(planId, Target.JOBTICKET, roster,
            () -> jobTicket.plan(roster.forTarget(Target.JOBTICKET))));
      }
      if (hrFeed != null) {
        parts.add(part(planId, Target.HR_FEED, roster,
            () -> hrFeed.plan(roster.forTarget(Target.HR_FEED))));
      }
      SyncPlan plan = new SyncPlan(planId, roster.roster().digest(), roster.roster().size(),
          parts);
      ended[0] = parts.stream().allMatch(part -> part.plan() != null) ? "DONE" : "FAILED";
      return plan;
    } finally {
      observers.tell(observer -> observer.stepFinished(whole, ended[0]));
    }
  }

  private SyncPlan.Part part(String planId, Target target, ScopedRoster roster,
      Supplier<TargetPlan> planner) {
    int outOfScope = roster.outOfScope(target);
    SyncStep step = new SyncStep(planId, SyncStep.Stage.PLAN, target);
    observers.tell(observer -> observer.stepStarted(step));
    String[] ended = {"INTERRUPTED"};
    try {
      TargetPlan plan = planner.get();
      observers.tell(observer -> observer.planMade(plan));
      SyncPlan.Part part = new SyncPlan.Part(target, plan, null,
          window.sees(plan) ? window.verdict(plan, scope(target)) : null, outOfScope);
      Verdict verdict = part.verdict();
      observers.tell(observer -> observer.guardVerdict(target, verdict));
      ended[0] = verdict.allowed() ? "DONE" : "REFUSED";
      return part;
    } catch (ApiInterruptedException e) {
      throw e;
    } catch (HrSyncException e) {
      ended[0] = "FAILED";
      return new SyncPlan.Part(target, null, e.getMessage(), null, outOfScope);
    } finally {
      observers.tell(observer -> observer.stepFinished(step, ended[0]));
    }
  }

  /**
   * Says what {@link #apply} would do with these approvals, target by target, and writes
   * nothing to any target: {@code WOULD_CHANGE}, {@code NO_CHANGES}, {@code REFUSED} or
   * {@code FAILED} (not planned). The data is not read again, so a change since the plan shows
   * only at apply. With a run log, the dry run is recorded as one.
   *
   * @param plan the plan
   * @param approvals the approvals to weigh
   * @return one outcome per target
   * @throws io.github.hrsync.sync.audit.RunLogException when the run log cannot take the run's
   *     first line
   */
  public SyncReport dryRun(SyncPlan plan, Approvals approvals) {
    return run(plan, approvals, true);
  }

  /**
   * Sends or applies every target's plan that its verdict allows or that is approved exactly,
   * each against the target as it is now (a target that changed since the plan is
   * {@code STALE} and left untouched). JobTicket's replace is sent whenever it is admitted, even
   * when the plan shows no change, as the fields the plan does not compare (absences, start
   * dates, auto-sync) may have changed, unless {@link Builder#skipUnchangedReplace} says
   * otherwise; an empty HR Feed plan is {@code NO_CHANGES}. With a run log, the run is recorded
   * line by line as it goes: each target's line holds the verdict its engine computed from the
   * target as it is now, with the guard across runs checked again against the log, before the
   * first write; a log that cannot take it stops that target before anything is written.
   *
   * @param plan the plan from {@link #plan}
   * @param approvals at most one approval per target
   * @return one outcome per target, and the engines' results
   * @throws ApiInterruptedException when interrupted (the flag kept)
   * @throws IllegalArgumentException when a part's plan is not of its target's engine
   * @throws io.github.hrsync.sync.audit.RunLogException when the run log cannot take the run's
   *     first line; nothing was sent
   */
  public SyncReport apply(SyncPlan plan, Approvals approvals) {
    return run(plan, approvals, false);
  }

  private SyncReport run(SyncPlan plan, Approvals approvals, boolean dryRun) {
    RunRecorder record = new RunRecorder(runLog, clock, plan, dryRun, recordValues);
    SyncStep whole = new SyncStep(record.runId(), SyncStep.Stage.RUN, null);
    observers.tell(observer -> observer.stepStarted(whole));
    String[] ended = {"INTERRUPTED"};
    try {
      Results results = new Results();
      for (SyncPlan.Part part : plan.parts()) {
        SyncStep step = new SyncStep(record.runId(), SyncStep.Stage.RUN, part.target());
        observers.tell(observer -> observer.stepStarted(step));
        String[] status = {"INTERRUPTED"};
        try {
          TargetOutcome outcome = runPart(part, approvals, dryRun,
              record, results);
          status[0] = outcome.status().name();
          results.outcomes.add(outcome);
          record.outcome(outcome);
        } finally {
          observers.tell(observer -> observer.stepFinished(step, status[0]));
        }
      }
      record.end();
      SyncReport report = new SyncReport(record.runId(), results.outcomes, results.sent,
          results.applied);
      ended[0] = report.outcomes().stream().filter(outcome -> !outcome.succeeded())
          .map(outcome -> outcome.status().name()).findFirst().orElse("DONE");
      return report;
    } finally {
      observers.tell(observer -> observer.stepFinished(whole, ended[0]));
    }
  }

  /** What the targets of one run ended with so far. */
  private static final class Results {
    final List<TargetOutcome> outcomes = new ArrayList<>();
    @Nullable JobTicketResult sent;
    @Nullable ApplyReport applied;
  }

  private TargetOutcome runPart(SyncPlan.Part part, Approvals approvals, boolean dryRun,
      RunRecorder record, Results results) {
    TargetPlan target = part.plan();
    @Nullable Approval approval = approvals.forTarget(part.target());
    if (target == null) {
      return notPlanned(part);
    }
    String scope = scope(part.target());
    RecordingGate gate = new RecordingGate(record, scope, approval);
    try {
      if (dryRun) {
        Verdict verdict = target.verdict().and(window.verdict(target, scope));
        record.target(target, scope, verdict, approval, false);
        observers.tell(observer -> observer.guardVerdict(target.target(), verdict));
        if (!verdict.admits(target, approval)) {
          return refused(target, GuardRefusedException.of(target, verdict));
        }
        return target.isEmpty()
            ? outcome(target, Status.NO_CHANGES, "no changes", 0, 0)
            : outcome(target, Status.WOULD_CHANGE, "would " + action(target)
                + (verdict.allowed() ? "; within the guard" : "; approved"), 0, 0);
      }
      if (target instanceof JobTicketPlan replace) {
        if (skipUnchangedReplace && replace.isEmpty()) {
          return outcome(target, Status.NO_CHANGES, "not sent: no change visible (nothing to "
              + "add, change or offboard)", 0, 0);
        }
        JobTicketResult sent = send(engine(jobTicket, part), replace, approvals, gate);
        results.sent = sent;
        return outcome(target, Status.DONE, "sent " + replace.payload().size()
            + " employees (" + replace.removals() + " to offboard), syncId "
            + replace.syncId(), replace.payload().size(), 0);
      }
      if (target instanceof HrFeedPlan changes) {
        if (changes.isEmpty()) {
          return outcome(target, Status.NO_CHANGES, "no changes", 0, 0);
        }
        ApplyReport applied = engine(hrFeed, part).apply(changes, approvals, applyOptions,
            gate);
        results.applied = applied;
        return hrFeedOutcome(changes, applied);
      }
      throw new IllegalArgumentException(part.target().displayName() + " has a plan of "
          + "another engine: " + target.getClass().getName());
    } catch (GuardRefusedException e) {
      return refused(target, e);
    } catch (StalePlanException e) {
      return outcome(target, Status.STALE, target.target().displayName() + ": the plan is "
          + "stale, nothing was sent; plan again: " + e.summary(), 0, 0);
    } catch (ApiInterruptedException e) {
      throw e;
    } catch (HrSyncException e) {
      boolean unanswered = gate.admitted && target instanceof JobTicketPlan
          && (e instanceof ApiConnectionException || e instanceof ApiTimeoutException);
      return outcome(target, Status.FAILED, (unanswered ? "outcome unknown (the replace was "
          + "sent and no answer came; recorded as done, plan again to see what JobTicket "
          + "did): " : "failed: ") + e.getMessage(), 0, 0);
    } finally {
      if (!record.recorded(target.target())) {
        // nothing was weighed at apply (stale, nothing to apply, a failure before): the plan
        // as given, with no verdict and its approval unused
        record.target(target, scope, null, approval, false);
      }
    }
  }

  /**
   * Sends JobTicket's replace and records each change it carries as an operation, with the
   * answer to the replace.
   */
  private JobTicketResult send(JobTicketSync engine, JobTicketPlan replace,
      Approvals approvals, RecordingGate gate) {
    JobTicketResult sent;
    try {
      sent = engine.apply(replace, approvals, gate);
    } catch (ApiConnectionException | ApiTimeoutException | ApiInterruptedException e) {
      if (gate.admitted) {
        // the replace was sent and its answer never came: JobTicket may have processed it, so
        // the record says so (the guard across runs counts its offboardings as done)
        operationsEnded(gate.record, replace.operations("UNKNOWN", 0, null, 0, Duration.ZERO,
            "no answer (" + e.getClass().getSimpleName() + "); JobTicket may have processed "
            + "the replace"));
      }
      throw e;
    }
    operationsEnded(gate.record, sent.operations());
    return sent;
  }

  private void operationsEnded(RunRecorder record, List<OperationRecord> operations) {
    int done = 0;
    for (OperationRecord operation : operations) {
      int count = ++done;
      record.operation(Target.JOBTICKET, operation);
      observers.tell(observer -> observer.operationDone(Target.JOBTICKET, count,
          operations.size(), operation));
    }
  }

  /**
   * The gate every apply of a run passes: it adds the guard across runs to the verdict the
   * engine computed, writes the target's line before the first write and each operation's as
   * it ends (a write that fails stops the apply), and remembers whether the plan was admitted.
   */
  private final class RecordingGate implements ApplyGate {
    private final RunRecorder record;
    private final String scope;
    private final @Nullable Approval approval;
    private boolean admitted;

    RecordingGate(RunRecorder record, String scope, @Nullable Approval approval) {
      this.record = record;
      this.scope = scope;
      this.approval = approval;
    }

    @Override
    public Verdict admit(TargetPlan fresh, Verdict verdict) {
      Verdict enforced = verdict.and(window.verdict(fresh, scope));
      boolean admits = enforced.admits(fresh, approval);
      record.target(fresh, scope, enforced, approval, admits && !enforced.allowed());
      observers.tell(observer -> observer.guardVerdict(fresh.target(), enforced));
      admitted = admits;
      return enforced;
    }

    @Override
    public void operationEnded(OperationRecord operation) {
      record.operation(Target.HR_FEED, operation);
    }

    @Override
    public void removalStarting(String kind, String key) {
      record.intent(Target.HR_FEED, kind, key);
    }
  }

  private static <E> E engine(@Nullable E engine, SyncPlan.Part part) {
    if (engine == null) {
      throw new IllegalArgumentException(part.target().displayName() + " is not configured in "
          + "this sync");
    }
    return engine;
  }

  private static TargetOutcome hrFeedOutcome(HrFeedPlan plan, ApplyReport report) {
    int failed = report.failures().size();
    int done = report.results().size() - failed - report.skipped();
    if (report.complete()) {
      return outcome(plan, Status.DONE, "applied " + report.results().size() + " operations ("
          + counts(plan) + ")", done, 0);
    }
    return outcome(plan, Status.FAILED, failed + " of " + report.results().size()
        + " operations failed (after the SDK's retries), " + done + " applied, "
        + report.skipped() + " skipped; run again to finish", done, failed);
  }

  private static TargetOutcome notPlanned(SyncPlan.Part part) {
    return new TargetOutcome(part.target(), Status.FAILED, "could not be planned: "
        + part.failure(), 0, 0, null, false);
  }

  private static TargetOutcome refused(TargetPlan plan, GuardRefusedException e) {
    return new TargetOutcome(plan.target(), Status.REFUSED, e.getMessage(), 0, 0,
        e.fingerprint(), e.approvable());
  }

  private static TargetOutcome outcome(TargetPlan plan, Status status, String message,
      int applied, int failed) {
    return new TargetOutcome(plan.target(), status, message, applied, failed, plan.fingerprint(),
        plan.verdict().approvable());
  }

  /** What applying the plan does, in the target's own terms. */
  private static String action(TargetPlan plan) {
    if (plan instanceof JobTicketPlan replace) {
      return "send " + replace.payload().size() + " employees (" + replace.removals()
          + " to offboard)";
    }
    return "apply " + (plan.adds() + plan.changes() + plan.removals()) + " operations ("
        + counts(plan) + ")";
  }

  /**
   * How far JobTicket has processed a replace this sync sent.
   *
   * @param sent what JobTicket accepted ({@link SyncReport#jobTicket()})
   * @return the progress
   * @throws IllegalArgumentException when this sync has no JobTicket target
   */
  public SyncProgress progress(JobTicketResult sent) {
    if (jobTicket == null) {
      throw new IllegalArgumentException("this sync has no JobTicket target");
    }
    return jobTicket.progress(sent);
  }

  private static String counts(TargetPlan plan) {
    return plan.adds() + " to add, " + plan.changes() + " to change, " + plan.removals()
        + " to remove";
  }

  /** Configures a {@link RosterSync}; not thread-safe. */
  public static final class Builder {
    private @Nullable JobTicketClient jobTicketClient;
    private long integrationId;
    private @Nullable HrFeedClient hrFeedClient;
    private SafetyGuard guard = SafetyGuard.defaults();
    private PlanOptions hrFeedOptions = PlanOptions.defaults();
    private JobTicketOptions jobTicketOptions = JobTicketOptions.defaults();
    private ApplyOptions applyOptions = ApplyOptions.defaults();
    private Clock clock = Clock.systemDefaultZone();
    private final List<SyncObserver> observers = new ArrayList<>();
    private @Nullable RunLog runLog;
    private Duration removalWindow = DEFAULT_REMOVAL_WINDOW;
    private boolean recordValues;
    private boolean skipUnchangedReplace;
    private boolean refuseRemovalsWithoutRunLog;

    private Builder() {}

    /**
     * Adds an observer of the sync's steps, plans, verdicts and operations; several may be added
     * and are told in order. To hear the clients' calls too, add the same observer to their
     * builders.
     *
     * @param value the observer
     * @return this builder
     */
    public Builder observer(SyncObserver value) {
      observers.add(Objects.requireNonNull(value, "observer"));
      return this;
    }

    /**
     * Keeps a record of every run in {@code value} (see {@link RunRecord}), and turns on the
     * guard across runs: a plan's removals added to those of the runs of the last
     * {@link #removalWindow} without approval must stay within the guard's removal limit of the
     * records there were at the window's start. The removals of a run an approval let through
     * are acknowledged and no longer count; unapproved ones before and after it still do.
     * Without a run log nothing is recorded and the guard across runs is off; a plan's
     * rendering says so.
     *
     * @param value the run log
     * @return this builder
     */
    public Builder runLog(RunLog value) {
      this.runLog = Objects.requireNonNull(value, "runLog");
      return this;
    }

    /**
     * Sets whether a plan that removes anything is refused (approvably) when no run log is
     * configured (default {@code false}: it says "Guard across runs: off"). For unattended use:
     * without a log, the guard across runs sees only what a target dates itself (JobTicket's
     * cancellations) and remembers no approval.
     *
     * @param value whether to refuse removals without a run log
     * @return this builder
     */
    public Builder refuseRemovalsWithoutRunLog(boolean value) {
      this.refuseRemovalsWithoutRunLog = value;
      return this;
    }

    /**
     * Sets whether a JobTicket replace whose plan shows nothing to add, change or offboard is
     * skipped (default {@code false}: sent, because the replace also carries what the plan does
     * not compare, such as absences and start dates, and sending is how they reach JobTicket).
     * A skipped replace is reported {@code NO_CHANGES}, "not sent: no change visible".
     *
     * @param value whether to skip a replace that changes nothing the plan compares
     * @return this builder
     */
    public Builder skipUnchangedReplace(boolean value) {
      this.skipUnchangedReplace = value;
      return this;
    }

    /**
     * Sets the window the guard across runs sums removals over (default
     * {@link #DEFAULT_REMOVAL_WINDOW}, 30 days).
     *
     * @param value from one hour to one year
     * @return this builder
     */
    public Builder removalWindow(Duration value) {
      Objects.requireNonNull(value, "removalWindow");
      if (value.compareTo(Duration.ofHours(1)) < 0 || value.compareTo(Duration.ofDays(366)) > 0) {
        throw new IllegalArgumentException("removalWindow must be from one hour to one year, was "
            + value);
      }
      this.removalWindow = value;
      return this;
    }

    /**
     * Sets whether run records and operation events carry the values set and the failures'
     * text (default off: keys and field names only, no personal data beyond the keys).
     *
     * @param value whether to record values
     * @return this builder
     */
    public Builder recordValues(boolean value) {
      this.recordValues = value;
      return this;
    }

    /**
     * Syncs JobTicket: the full-roster replace of one HR integration.
     *
     * @param client the JobTicket client
     * @param integrationId the HR integration's id
     * @return this builder
     */
    public Builder jobTicket(JobTicketClient client, long integrationId) {
      this.jobTicketClient = Objects.requireNonNull(client, "client");
      this.integrationId = integrationId;
      return this;
    }

    /**
     * Syncs the HR Feed.
     *
     * @param client the HR Feed client
     * @return this builder
     */
    public Builder hrFeed(HrFeedClient client) {
      this.hrFeedClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the guard every target's plan is checked against (default
     * {@link SafetyGuard#defaults()}); it replaces the guard in {@link #hrFeedOptions}.
     *
     * @param value the guard
     * @return this builder
     */
    public Builder guard(SafetyGuard value) {
      this.guard = Objects.requireNonNull(value, "guard");
      return this;
    }

    /**
     * Sets how the HR Feed is planned (leavers deleted, fields cleared, adoption by e-mail); its
     * guard and clock are this builder's.
     *
     * @param value the options
     * @return this builder
     */
    public Builder hrFeedOptions(PlanOptions value) {
      this.hrFeedOptions = Objects.requireNonNull(value, "hrFeedOptions");
      return this;
    }

    /**
     * Sets how JobTicket's undocumented behaviour is read (default: the harmful readings,
     * {@link JobTicketOptions#defaults()}).
     *
     * @param value the readings
     * @return this builder
     */
    public Builder jobTicketOptions(JobTicketOptions value) {
      this.jobTicketOptions = Objects.requireNonNull(value, "jobTicketOptions");
      return this;
    }

    /**
     * Sets how the HR Feed plan is applied (concurrency, observers of each operation); the
     * approval comes with each {@link RosterSync#apply} call.
     *
     * @param value the options
     * @return this builder
     */
    public Builder applyOptions(ApplyOptions value) {
      this.applyOptions = Objects.requireNonNull(value, "applyOptions");
      return this;
    }

    /**
     * Sets the clock "today" is read from for termination dates (default: the system clock in
     * its zone).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * @return the sync
     * @throws IllegalArgumentException when no target is configured
     * @throws IllegalArgumentException when the JobTicket integration id is not positive
     */
    public RosterSync build() {
      if (jobTicketClient == null && hrFeedClient == null) {
        throw new IllegalArgumentException("configure jobTicket(...), hrFeed(...) or both");
      }
      return new RosterSync(this);
    }
  }
}
