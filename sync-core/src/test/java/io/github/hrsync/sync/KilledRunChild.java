package io.github.hrsync.sync;

import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.hrfeed.ApplyOptions;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A process that applies 10 creates one at a time into a run log and, at the fourth, prints
 * {@code HUNG} and waits forever: the test kills it there with {@code kill -9}.
 */
public final class KilledRunChild {
  private KilledRunChild() {}

  /**
   * @param args the run log directory
   * @throws InterruptedException never: the process is killed while waiting
   */
  public static void main(String[] args) throws InterruptedException {
    Sandbox sandbox = Sandbox.start(SandboxFaults.none());
    HrFeedClient real = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
        .token(Secret.of(Sandbox.HR_FEED_TOKEN)).build();
    AtomicInteger creates = new AtomicInteger();
    CountDownLatch never = new CountDownLatch(1);
    HrFeedClient hanging = FailingHrFeed.beforeCreate(real, user -> {
      if (creates.incrementAndGet() == 4) {
        System.out.println("HUNG");
        System.out.flush();
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    RosterSync sync = RosterSync.builder().runLog(FileRunLog.open(Path.of(args[0])))
        .hrFeed(hanging).applyOptions(ApplyOptions.defaults().withConcurrency(1)).build();
    Roster roster = Roster.of(IntStream.rangeClosed(1, 10).mapToObj(i -> SourceEmployee.builder(
        "E" + i, "First" + i, "Last" + i, "e" + i + "@example.com").build()).toList());
    sync.apply(sync.plan(roster), Approvals.none());
    never.await();
  }
}
