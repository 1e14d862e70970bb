package io.github.hrsync.sync;

import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.HrSyncException;
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
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.MassRemovalRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.roster.Roster;
import java.time.Clock;
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
  private final @Nullable JobTicketSync jobTicket;
  private final @Nullable HrFeedSync hrFeed;
  private final ApplyOptions applyOptions;

  private RosterSync(Builder builder) {
    SafetyGuard guard = builder.guard;
    Clock clock = builder.clock;
    this.jobTicket = builder.jobTicketClient == null ? null : new JobTicketSync(
        builder.jobTicketClient, builder.integrationId, guard, clock, builder.jobTicketOptions);
    this.hrFeed = builder.hrFeedClient == null ? null : new HrFeedSync(builder.hrFeedClient,
        builder.hrFeedOptions.withGuard(guard).withClock(clock));
    this.applyOptions = builder.applyOptions;
  }

  /** @return a builder; configure at least one target */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Plans every configured target; sends nothing. A target whose data cannot be read (a failed
   * listing) gets a part that says why, and the others are planned all the same.
   *
   * @param roster the complete roster
   * @return the plan of every target with its verdict
   * @throws ApiInterruptedException when interrupted (the flag kept)
   */
  public SyncPlan plan(Roster roster) {
    Objects.requireNonNull(roster, "roster");
    List<SyncPlan.Part> parts = new ArrayList<>(2);
    if (jobTicket != null) {
      parts.add(part(Target.JOBTICKET, () -> jobTicket.plan(roster)));
    }
    if (hrFeed != null) {
      parts.add(part(Target.HR_FEED, () -> hrFeed.plan(roster)));
    }
    return new SyncPlan(parts);
  }

  private static SyncPlan.Part part(Target target, Supplier<TargetPlan> planner) {
    try {
      return new SyncPlan.Part(target, planner.get(), null);
    } catch (ApiInterruptedException e) {
      throw e;
    } catch (HrSyncException e) {
      return new SyncPlan.Part(target, null, e.getMessage());
    }
  }

  /**
   * Says what {@link #apply} would do with these approvals, target by target, and writes
   * nothing: {@code WOULD_CHANGE}, {@code NO_CHANGES}, {@code REFUSED} or {@code FAILED} (not
   * planned). The data is not read again, so a change since the plan shows only at apply.
   *
   * @param plan the plan
   * @param approvals the approvals to weigh
   * @return one outcome per target
   */
  public SyncReport dryRun(SyncPlan plan, Approvals approvals) {
    List<TargetOutcome> outcomes = new ArrayList<>();
    for (SyncPlan.Part part : plan.parts()) {
      TargetPlan target = part.plan();
      if (target == null) {
        outcomes.add(notPlanned(part));
      } else if (!target.verdict().admits(target, approvals.forTarget(part.target()))) {
        outcomes.add(refused(target, MassRemovalRefusedException.of(target)));
      } else {
        outcomes.add(target.isEmpty()
            ? outcome(target, Status.NO_CHANGES, "no changes", 0, 0)
            : outcome(target, Status.WOULD_CHANGE, "would " + action(target)
                + (target.verdict().allowed() ? "; within the guard" : "; approved"), 0, 0));
      }
    }
    return new SyncReport(outcomes, null, null);
  }

  /**
   * Sends or applies every target's plan that its verdict allows or that is approved exactly,
   * each against the target as it is now (a target that changed since the plan is
   * {@code STALE} and left untouched). JobTicket's replace is sent whenever it is admitted, as
   * the fields the plan does not compare may have changed; an empty HR Feed plan is
   * {@code NO_CHANGES}.
   *
   * @param plan the plan from {@link #plan}
   * @param approvals at most one approval per target
   * @return one outcome per target, and the engines' results
   * @throws ApiInterruptedException when interrupted (the flag kept)
   * @throws IllegalArgumentException when a part's plan is not of its target's engine
   */
  public SyncReport apply(SyncPlan plan, Approvals approvals) {
    List<TargetOutcome> outcomes = new ArrayList<>();
    JobTicketResult sent = null;
    ApplyReport applied = null;
    for (SyncPlan.Part part : plan.parts()) {
      TargetPlan target = part.plan();
      if (target == null) {
        outcomes.add(notPlanned(part));
        continue;
      }
      Approval approval = approvals.forTarget(part.target());
      try {
        if (target instanceof JobTicketPlan replace) {
          sent = engine(jobTicket, part).apply(replace, approval);
          outcomes.add(outcome(target, Status.DONE, "sent " + replace.payload().size()
              + " employees (" + replace.removals() + " to offboard), syncId "
              + replace.syncId(), replace.payload().size(), 0));
        } else if (target instanceof HrFeedPlan changes) {
          if (changes.isEmpty()) {
            outcomes.add(outcome(target, Status.NO_CHANGES, "no changes", 0, 0));
            continue;
          }
          applied = engine(hrFeed, part).apply(changes, applyOptions.withApproval(approval));
          outcomes.add(hrFeedOutcome(changes, applied));
        } else {
          throw new IllegalArgumentException(part.target().displayName() + " has a plan of "
              + "another engine: " + target.getClass().getName());
        }
      } catch (MassRemovalRefusedException e) {
        outcomes.add(refused(target, e));
      } catch (StalePlanException e) {
        outcomes.add(outcome(target, Status.STALE, target.target().displayName() + " changed "
            + "since the plan, nothing was sent; plan again", 0, 0));
      } catch (ApiInterruptedException e) {
        throw e;
      } catch (HrSyncException e) {
        outcomes.add(outcome(target, Status.FAILED, "failed: " + e.getMessage(), 0, 0));
      }
    }
    return new SyncReport(outcomes, sent, applied);
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

  private static TargetOutcome refused(TargetPlan plan, MassRemovalRefusedException e) {
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
   * @throws IllegalStateException when this sync has no JobTicket target
   */
  public SyncProgress progress(JobTicketResult sent) {
    if (jobTicket == null) {
      throw new IllegalStateException("this sync has no JobTicket target");
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

    private Builder() {}

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
     * Sets how the HR Feed plan is applied (concurrency, progress); the approval comes with each
     * {@link RosterSync#apply} call.
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
     * @throws IllegalStateException when no target is configured
     * @throws IllegalArgumentException when the JobTicket integration id is not positive
     */
    public RosterSync build() {
      if (jobTicketClient == null && hrFeedClient == null) {
        throw new IllegalStateException("configure jobTicket(...), hrFeed(...) or both");
      }
      return new RosterSync(this);
    }
  }
}
