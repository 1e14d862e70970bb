package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.RunLogException;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What was done is what is recorded: a run whose record cannot be written stops before its next
 * write, and a write whose outcome is unknown is recorded as possibly done and counted by the
 * guard across runs.
 */
class FailClosedRecordTest extends NightlyWorldTest {
  /** A file log that takes {@code lines} lines and then fails, as a full disk does. */
  private static RunLog fullAfter(RunLog log, int lines) {
    AtomicInteger appended = new AtomicInteger();
    return new RunLog() {
      @Override
      public void append(String runId, boolean first, String line) {
        if (appended.incrementAndGet() > lines) {
          throw new RunLogException("run log could not be written (no space left)", null);
        }
        log.append(runId, first, line);
      }

      @Override
      public void read(String runId, Consumer<String> each) {
        log.read(runId, each);
      }

      @Override
      public List<String> recentRunIds(int limit) {
        return log.recentRunIds(limit);
      }
    };
  }

  private long deactivated() {
    return world.sandbox.hrFeed().users().stream()
        .filter(user -> Boolean.FALSE.equals(user.get("isActive"))).count();
  }

  /**
   * Lines of the run: 1 run, 2 target, then per deactivation an intent and its end. Full at 8:
   * the third one's end is lost (its intent stands); at 9: the fourth one's intent is lost, so
   * it is not sent.
   */
  @ParameterizedTest(name = "full after {0} lines")
  @ValueSource(ints = {7, 8})
  void aRunLogThatFillsUpMidApplyStopsBeforeTheNextWriteAndTheRecordMatchesTheServer(
      int lines) {
    SandboxTargets.hrFeedHas(world.sandbox, 1, 200);
    FileRunLog file = FileRunLog.open(dir);
    RosterSync sync = world.sync().runLog(fullAfter(file, lines)).hrFeed(world.hrFeed)
        .applyOptions(ApplyOptions.defaults().withConcurrency(1)).build();
    SyncPlan plan = sync.plan(SandboxTargets.roster(31, 200));

    assertThatThrownBy(() -> sync.apply(plan, Approvals.none()))
        .isInstanceOf(RunLogException.class);

    TargetRecord recorded = new RunHistory(file).recent(1).get(0).targets().get(0);
    assertThat(deactivated()).isEqualTo(3);
    assertThat(recorded.removed()).as("the record says what the server holds").isEqualTo(3);
  }

  @Test
  void whatAKilledApplyLeavesIsCountedAsPossiblyDone() {
    SandboxTargets.hrFeedHas(world.sandbox, 1, 200);
    RunLog log = FileRunLog.open(dir);
    String scope = world.hrFeed.baseUrl();
    // a process killed with four deactivations in flight, two of them answered
    String run = "20260531T020000Z-0000dead";
    log.append(run, true, "{\"runId\":\"" + run + "\",\"event\":\"run\",\"startedAt\":"
        + "\"2026-05-31T02:00:00Z\",\"dryRun\":false,\"rosterDigest\":\"d\",\"rosterRows\":160}");
    log.append(run, false, "{\"runId\":\"" + run + "\",\"event\":\"target\",\"target\":"
        + "\"HR_FEED\",\"scope\":\"" + scope + "\",\"removals\":38,\"verdict\":{\"allowed\":"
        + "true,\"approvable\":true,\"refusal\":null,\"breaches\":[]}}");
    for (int i = 1; i <= 4; i++) {
      log.append(run, false, "{\"runId\":\"" + run + "\",\"event\":\"intent\",\"target\":"
          + "\"HR_FEED\",\"kind\":\"DEACTIVATE\",\"key\":\"E" + i + "\"}");
    }
    for (int i = 1; i <= 2; i++) {
      log.append(run, false, "{\"runId\":\"" + run + "\",\"event\":\"operation\",\"target\":"
          + "\"HR_FEED\",\"kind\":\"DEACTIVATE\",\"key\":\"E" + i + "\",\"removes\":true,"
          + "\"outcome\":\"SUCCEEDED\",\"status\":200}");
    }
    RosterSync sync = world.sync().runLog(log).hrFeed(world.hrFeed).build();

    SyncPlan next = sync.plan(SandboxTargets.roster(1, 163));

    assertThat(new RunHistory(log).run(run).orElseThrow().targets().get(0).removed())
        .isEqualTo(4);
    assertThat(next.parts().get(0).verdict().refusal()).as("37 removals + 4 possibly done")
        .contains("with the 4 that 1 run in the last 30 days removed");
  }

  /** A JobTicket client whose replace is processed but whose answer never comes. */
  private static JobTicketClient answerLost(JobTicketClient real) {
    return (JobTicketClient) Proxy.newProxyInstance(JobTicketClient.class.getClassLoader(),
        new Class<?>[] {JobTicketClient.class}, (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("triggerSync")) {
            throw new ApiTimeoutException(new ErrorContext("POST", "/hr-integrations/7/sync", 0,
                null, null, null), "no answer within the call timeout", null);
          }
          return result;
        });
  }

  @Test
  void aReplaceWhoseAnswerNeverCameIsRecordedAsPossiblyDone() {
    SandboxTargets.jobTicketHas(world.sandbox, 1, 200);
    RunLog log = FileRunLog.open(dir);
    RosterSync sync = world.sync().runLog(log).jobTicket(answerLost(world.jobTicket), 7).build();

    SyncReport report = sync.apply(sync.plan(SandboxTargets.roster(11, 200)), Approvals.none());

    TargetOutcome outcome = report.outcomes().get(0);
    assertThat(outcome.status()).isEqualTo(Status.FAILED);
    assertThat(outcome.message()).startsWith("outcome unknown (the replace was sent and no "
        + "answer came; recorded as done, plan again to see what JobTicket did)");
    assertThat(world.sandbox.jobTicket().activeEmployees()).hasSize(190);
    TargetRecord recorded = new RunHistory(log).run(report.runId()).orElseThrow()
        .target(Target.JOBTICKET).orElseThrow();
    assertThat(recorded.removed()).as("the record says what JobTicket did").isEqualTo(10);
    world.clock.advance(Duration.ofDays(1));
    assertThat(sync.plan(SandboxTargets.roster(42, 200)).parts().get(0).verdict().refusal())
        .contains("with the 10 that 1 run in the last 30 days removed without approval");
  }
}
