package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.core.internal.http.LastExchange;
import io.github.hrsync.core.internal.observe.Observers;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.ApplyGate;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.HrSyncException;
import io.github.hrsync.core.error.AuthenticationException;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.core.error.RateLimitException;
import io.github.hrsync.hrfeed.HrFeedClient;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Incremental HR Feed sync: plan, then apply.
 *
 * <pre>{@code
 * HrFeedSync sync = new HrFeedSync(hrFeed, PlanOptions.defaults());
 * HrFeedPlan plan = sync.plan(roster);
 * System.out.print(plan.render());
 * ApplyReport report = sync.apply(plan, Approvals.none());
 * System.out.println(report.summary());
 * }</pre>
 *
 * <p>Apply refuses a plan made against another HR Feed, lists the users again, checks the
 * removal guard against the users it finds (never against counts in the plan, which may have come
 * from a file), refuses a stale plan, then runs the operations with bounded concurrency under the
 * client's rate limiter. Planning and applying read the users as a stream and do not keep them. A
 * 4xx on one user
 * fails that operation only; 401, 403 or a rate-limit lock-out stops the run and leaves the rest
 * skipped. Creates never duplicate a user (see {@link HrFeedClient#createOrGetUser}). Planning
 * again after any interruption yields exactly the remaining work. Thread-safe.
 */
public final class HrFeedSync {
  private static final System.Logger LOG = System.getLogger("io.github.hrsync.sync");
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  private final HrFeedClient client;
  private final PlanOptions options;
  private final HrFeedPlanner planner;

  /**
   * @param client the HR Feed client
   * @param options how to plan
   */
  public HrFeedSync(HrFeedClient client, PlanOptions options) {
    this.client = Objects.requireNonNull(client, "client");
    this.options = Objects.requireNonNull(options, "options");
    this.planner = new HrFeedPlanner(options);
  }

  /**
   * Lists every user and plans the changes. Sends no change.
   *
   * @param roster the complete roster
   * @return the plan
   */
  public HrFeedPlan plan(Roster roster) {
    return planner.plan(roster, client.listUsers(), client.baseUrl(), client::redact);
  }

  /**
   * Applies a plan with the default {@link ApplyOptions}.
   *
   * @param plan the plan (made now, or read back from JSON)
   * @param approvals the approvals given ({@link Approvals#none()} for none); only the one for
   *     {@link Target#HR_FEED} is used
   * @return one result per operation
   * @throws GuardRefusedException before any change, when the guard refuses and the plan is not
   *     approved: the base is the managed users listed now
   * @throws StalePlanException before any change, when the platform changed under the plan, or
   *     before any request, when the plan was made against another HR Feed than this client's
   */
  public ApplyReport apply(HrFeedPlan plan, Approvals approvals) {
    return apply(plan, approvals, ApplyOptions.defaults());
  }

  /**
   * Applies a plan.
   *
   * @param plan the plan (made now, or read back from JSON)
   * @param approvals the approvals given ({@link Approvals#none()} for none); only the one for
   *     {@link Target#HR_FEED} is used
   * @param apply how to apply it
   * @return one result per operation
   * @throws GuardRefusedException before any change, when the guard refuses and the plan is not
   *     approved: the base is the managed users listed now
   * @throws StalePlanException before any change, when the platform changed under the plan, or
   *     before any request, when the plan was made against another HR Feed than this client's
   */
  public ApplyReport apply(HrFeedPlan plan, Approvals approvals, ApplyOptions apply) {
    return apply(plan, approvals, apply, ApplyGate.none());
  }

  /**
   * Applies a plan as {@link #apply(HrFeedPlan, Approvals, ApplyOptions)} does, enforcing the
   * verdict {@code gate} returns for the verdict computed from the users listed now, before any
   * change. An empty plan changes nothing and is not shown to the gate.
   *
   * @param plan the plan (made now, or read back from JSON)
   * @param approvals the approvals given ({@link Approvals#none()} for none)
   * @param apply how to apply it
   * @param gate told the verdict computed now, before any change
   * @return one result per operation
   * @throws GuardRefusedException before any change, when the gate's verdict refuses and
   *     the plan is not approved
   * @throws StalePlanException before any change, when the platform changed under the plan, or
   *     before any request, when the plan was made against another HR Feed than this client's
   */
  public ApplyReport apply(HrFeedPlan plan, Approvals approvals, ApplyOptions apply,
      ApplyGate gate) {
    Objects.requireNonNull(approvals, "approvals");
    Objects.requireNonNull(apply, "apply");
    Objects.requireNonNull(gate, "gate");
    if (!plan.baseUrl().equals(client.baseUrl())) {
      throw new StalePlanException(List.of("the plan was made against " + plan.baseUrl()
          + ", this client talks to " + client.baseUrl() + "; plan against this HR Feed"));
    }
    if (plan.isEmpty()) {
      return new Run(plan, apply, gate).execute();
    }
    PlanStaleness.Live live = PlanStaleness.check(plan, client.listUsers(),
        options.deleteLeavers());
    if (apply.verifyFreshness() && !live.reasons().isEmpty()) {
      throw new StalePlanException(live.reasons().stream().map(client::redact).toList());
    }
    Verdict now = gate.admit(plan, HrFeedGuard.verdict(options, live.removableRecords(),
        HrFeedGuard.counts(plan.operations(), plan.rosterSize(), live.lookalikes())
            .activeRecords(live.active())));
    if (!now.admits(plan, approvals.forTarget(Target.HR_FEED))) {
      throw GuardRefusedException.of(plan, now);
    }
    return new Run(plan, apply, gate).execute();
  }

  /** One apply: the operations, their results and the stop flag. */
  private final class Run {
    private final List<PlannedOperation> operations;
    private final ApplyOptions apply;
    private final OperationResult[] results;
    private final AtomicReference<@Nullable String> stopReason = new AtomicReference<>();
    private final Observers<SyncObserver> observers;
    private final ApplyGate gate;
    private int done;

    Run(HrFeedPlan plan, ApplyOptions apply, ApplyGate gate) {
      this.operations = plan.operations();
      this.apply = apply;
      this.gate = gate;
      this.results = new OperationResult[operations.size()];
      this.observers = Observers.of(apply.observers());
    }

    ApplyReport execute() {
      ExecutorService pool = Executors.newFixedThreadPool(apply.concurrency(), task -> {
        Thread thread = new Thread(task, "hrsync-apply");
        thread.setDaemon(true);
        return thread;
      });
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
          int index = i;
          futures.add(pool.submit(observers.propagate(
              () -> finish(index, run(operations.get(index))))));
        }
        for (Future<?> future : futures) {
          future.get();
        }
      } catch (InterruptedException e) {
        stop(pool, "interrupted");
        Thread.currentThread().interrupt();
        throw new ApiInterruptedException(new ErrorContext("APPLY", client.baseUrl(), 0, null,
            null, "apply interrupted; plan again to finish"), e);
      } catch (java.util.concurrent.ExecutionException e) {
        stop(pool, "an operation failed unexpectedly");
        // an operation is a Runnable: only an unchecked failure, a bug, escapes it; pass it on
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) e.getCause();
      } finally {
        pool.shutdownNow();
      }
      return new ApplyReport(List.of(results), stopReason.get());
    }

    /**
     * Stops the run before it reports a failure: nothing queued starts, the operations in flight
     * are interrupted (which ends their calls at once), and they are waited for, so no write
     * happens after apply has returned.
     */
    private void stop(ExecutorService pool, String reason) {
      stopReason.compareAndSet(null, reason);
      pool.shutdownNow();
      boolean interrupted = Thread.interrupted();
      try {
        while (!pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.log(System.Logger.Level.WARNING, "apply is stopping: waiting for operations in "
              + "flight to end");
        }
      } catch (InterruptedException again) {
        interrupted = true;
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private OperationResult run(PlannedOperation op) {
      if (stopReason.get() == null && op.kind().removes()) {
        try {
          gate.removalStarting(op.kind().name(), op.externalId());
        } catch (RuntimeException unrecorded) {
          stopUnrecorded(unrecorded);
        }
      }
      String reason = stopReason.get();
      if (reason != null) {
        return new OperationResult(op, OperationResult.Outcome.SKIPPED, op.userId(), 0,
            "not attempted: " + reason, 0, null, Duration.ZERO);
      }
      LastExchange.take();
      long started = System.nanoTime();
      OperationResult.Outcome outcome = OperationResult.Outcome.FAILED;
      String userId = op.userId();
      String error = null;
      int failedStatus = 0;
      try {
        userId = perform(op);
        outcome = OperationResult.Outcome.SUCCEEDED;
      } catch (AuthenticationException | PermissionDeniedException | RateLimitException e) {
        stopReason.compareAndSet(null, e.getMessage());
        error = e.getMessage();
        failedStatus = e.statusCode();
      } catch (ApiException e) {
        error = e.getMessage();
        failedStatus = e.statusCode();
      } catch (HrSyncException | IllegalArgumentException e) {
        error = String.valueOf(e.getMessage());
      }
      LastExchange exchange = LastExchange.take();
      int status = failedStatus != 0 || exchange == null ? failedStatus : exchange.status();
      return new OperationResult(op, outcome, userId, status,
          error, exchange == null ? 0 : exchange.attempts(),
          exchange == null ? null : exchange.requestId(),
          Duration.ofNanos(System.nanoTime() - started));
    }

    private String perform(PlannedOperation op) {
      if (op.kind() == OperationKind.CREATE) {
        return client.createOrGetUser(op.toNewUser()).id();
      }
      String userId = Objects.requireNonNull(op.userId(), "only a create has no user id");
      if (op.kind() == OperationKind.DELETE) {
        try {
          client.deleteUser(userId);
        } catch (NotFoundException alreadyGone) {
          // the goal of a delete is reached
        }
      } else {
        client.updateUser(userId, op.toPatch());
      }
      return userId;
    }

    /**
     * Fails closed: what cannot be recorded is not done, so no operation that has not begun is
     * written.
     */
    private void stopUnrecorded(RuntimeException unrecorded) {
      stopReason.compareAndSet(null, "the run's record could not be written ("
          + unrecorded.getMessage() + "); nothing more is applied");
    }

    private synchronized void finish(int index, OperationResult result) {
      results[index] = result;
      done++;
      var operation = result.toRecord(apply.recordValues());
      try {
        gate.operationEnded(operation);
      } catch (RuntimeException unrecorded) {
        stopUnrecorded(unrecorded);
      }
      if (!observers.isEmpty()) {
        int count = done;
        observers.tell(observer -> observer.operationDone(Target.HR_FEED, count, results.length,
            operation));
      }
    }
  }
}
