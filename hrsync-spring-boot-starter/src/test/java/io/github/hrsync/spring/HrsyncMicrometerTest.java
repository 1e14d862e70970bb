package io.github.hrsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Boot's tracing and timers see every call and sync step as an observation, and the counters
 * carry routes, targets and kinds only.
 */
class HrsyncMicrometerTest {
  @Test
  void everyCallAndStepIsAnObservationAndOperationsAreCountedWithoutPersonalData() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    List<String> stopped = new CopyOnWriteArrayList<>();
    observations.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context.getName() + " " + context.getContextualName());
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    HrsyncMicrometer micrometer = new HrsyncMicrometer(meters, observations);
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      HrFeedClient hrFeed = HrFeedClient.builder().baseUrl(sandbox.hrFeedUrl())
          .token(Secret.of(Sandbox.HR_FEED_TOKEN)).observer(micrometer).build();
      RosterSync sync = RosterSync.builder().hrFeed(hrFeed).observer(micrometer).build();

      sync.apply(sync.plan(Roster.of(List.of(SourceEmployee.builder("E1", "Anna", "Andersson",
          "anna@example.com").build()))), Approvals.none());
    }

    assertThat(stopped).contains("http.client.request.duration GET /users",
        "http.client.request.duration POST /users");
    assertThat(stopped).anyMatch(name -> name.startsWith("hrsync.sync.step "));
    assertThat(meters.counter("hrsync.sync.operations", "hrsync.target", "hrfeed",
        "hrsync.operation.kind", "CREATE", "hrsync.operation.outcome", "SUCCEEDED").count())
        .isEqualTo(1);
    assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().toString())
        .doesNotContain("Anna", "anna@example.com", "E1"));
  }
}
