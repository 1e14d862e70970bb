package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.core.observe.CallResult;
import io.github.hrsync.core.observe.HttpCall;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.observe.SyncObserver;
import io.github.hrsync.sync.observe.SyncStep;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One observer watches the sync and its clients: steps nest (plan, run, each target), every plan
 * and verdict is told, every operation once; and an observer that throws breaks nothing.
 */
class SyncObserverTest {
  private final Sandbox sandbox = Sandbox.start(SandboxFaults.none());

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** Writes down what it hears, one line each. */
  static final class Recorder implements SyncObserver {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void stepStarted(SyncStep step) {
      events.add("start " + step.name());
    }

    @Override
    public void stepFinished(SyncStep step, String outcome) {
      events.add("end " + step.name() + " " + outcome);
    }

    @Override
    public void planMade(TargetPlan plan) {
      events.add("plan " + plan.target().displayName() + " +" + plan.adds() + " -"
          + plan.removals());
    }

    @Override
    public void guardVerdict(Target target, Verdict verdict) {
      events.add("verdict " + target.displayName() + " " + verdict.allowed());
    }

    @Override
    public void operationDone(Target target, int done, int total, OperationRecord operation) {
      events.add("op " + target.displayName() + " " + done + "/" + total + " "
          + operation.kind() + " " + operation.key());
    }

    @Override
    public void callFinished(HttpCall call, CallResult result) {
      events.add("call " + call.method() + " " + call.route() + " " + result.status());
    }
  }

  /** Throws from every sync hook. */
  static final class Throwing implements SyncObserver {
    @Override
    public void stepStarted(SyncStep step) {
      throw new IllegalStateException("broken");
    }

    @Override
    public void planMade(TargetPlan plan) {
      throw new IllegalStateException("broken");
    }

    @Override
    public void operationDone(Target target, int done, int total, OperationRecord operation) {
      throw new IllegalStateException("broken");
    }
  }

  private RosterSync sync(SyncObserver... observers) {
    JobTicketClient.Builder jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
        .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET));
    HrFeedClient.Builder hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN));
    RosterSync.Builder sync = RosterSync.builder().clock(TestClock.CLOCK);
    for (SyncObserver observer : observers) {
      jobTicket.observer(observer);
      hrFeed.observer(observer);
      sync.observer(observer);
    }
    return sync.jobTicket(jobTicket.build(), 7).hrFeed(hrFeed.build()).build();
  }

  private void seed() {
    sandbox.jobTicket().seed("E1", "First1", "Last1", "e1@example.com", null);
    sandbox.hrFeed().seed(Map.of("externalId", "E1", "firstName", "First1", "lastName",
        "Last1", "email", "e1@example.com", "isActive", true));
  }

  private static Roster roster() {
    return SandboxTargets.roster(1, 2);
  }

  @Test
  void oneObserverHearsTheStepsPlansVerdictsOperationsAndCallsInOrder() {
    seed();
    Recorder recorder = new Recorder();
    RosterSync sync = sync(recorder);

    sync.apply(sync.plan(roster()), Approvals.none());

    assertThat(recorder.events.stream().filter(event -> !event.startsWith("call")))
        .containsExactly(
            "start hrsync plan",
            "start hrsync plan JobTicket", "plan JobTicket +1 -0", "verdict JobTicket true",
            "end hrsync plan JobTicket DONE",
            "start hrsync plan HR Feed", "plan HR Feed +1 -0", "verdict HR Feed true",
            "end hrsync plan HR Feed DONE",
            "end hrsync plan DONE",
            "start hrsync run",
            "start hrsync run JobTicket", "verdict JobTicket true",
            "op JobTicket 1/1 ADD E2", "end hrsync run JobTicket DONE",
            "start hrsync run HR Feed", "verdict HR Feed true",
            "op HR Feed 1/1 CREATE E2", "end hrsync run HR Feed DONE",
            "end hrsync run DONE");
    assertThat(recorder.events).contains("call POST /hr-integrations/{integrationId}/sync 204",
        "call POST /users 201");
  }

  @Test
  void anObserverThatThrowsBreaksNeitherTheSyncNorTheObserversAfterIt() {
    seed();
    Recorder after = new Recorder();
    RosterSync sync = sync(new Throwing(), after);

    SyncReport report = sync.apply(sync.plan(roster()), Approvals.none());

    assertThat(report.outcomes()).allSatisfy(outcome ->
        assertThat(outcome.status()).isEqualTo(Status.DONE));
    assertThat(after.events).contains("op HR Feed 1/1 CREATE E2", "end hrsync run DONE");
  }
}
