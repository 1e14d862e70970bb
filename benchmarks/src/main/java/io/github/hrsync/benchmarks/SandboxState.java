package io.github.hrsync.benchmarks;

import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import io.github.hrsync.sync.hrfeed.FieldChange;
import io.github.hrsync.sync.hrfeed.HrFeedPlan;
import io.github.hrsync.sync.hrfeed.OperationKind;
import io.github.hrsync.sync.hrfeed.PlanOptions;
import io.github.hrsync.sync.hrfeed.PlannedOperation;
import io.github.hrsync.sync.plan.Verdict;
import java.util.ArrayList;
import java.util.List;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.github.hrsync.hrfeed.HrFeedClient;
import java.time.Duration;
import java.util.Map;

/** A loopback HR Feed sandbox with {@code users} users, answering after {@code latency}. */
final class SandboxState implements AutoCloseable {
  /** The request budget of the benchmark clients: far above what the benchmarks can send. */
  static final int REQUESTS_PER_MINUTE = 1_000_000;

  final Sandbox sandbox;
  final HrFeedClient client;
  final HrFeedClient sequentialClient;
  final RateLimiter limiter = RateLimiter.rollingWindow(REQUESTS_PER_MINUTE,
      Duration.ofMinutes(1));

  SandboxState(int users, Duration latency) {
    sandbox = Sandbox.start(new SandboxFaults(0, 0, latency));
    for (int i = 0; i < users; i++) {
      sandbox.hrFeed().seed(Map.of("externalId", BenchmarkData.hrId(i), "firstName", "First" + i,
          "lastName", "Lästname" + i, "email", "employee" + i + "@example.com",
          "mobile", "+46 70 " + (1000000 + i), "countryCode", "SE", "cultureCode", "sv-SE",
          "isActive", true));
    }
    client = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).rateLimiter(limiter).build();
    sequentialClient = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).rateLimiter(limiter).pagePrefetch(0).build();
  }

  /**
   * @param through the client the plan is for
   * @return a plan that sets a new mobile number on every user: one PATCH each
   */
  HrFeedPlan mobilePatches(HrFeedClient through) {
    List<PlannedOperation> ops = new ArrayList<>();
    for (User user : through.listUsers(500)) {
      ops.add(new PlannedOperation(OperationKind.UPDATE, user.id(), user.externalId(),
          user.email(), user.firstName(), List.of(
              new FieldChange(UserField.MOBILE, user.mobile(), "+46 70 999 99 99"))));
    }
    return new HrFeedPlan(through.baseUrl(), PlanOptions.defaults().describe(), ops, ops.size(),
        ops.size(), ops.size(), List.of(), Verdict.ALLOWED);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
