package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtherExamplesTest {

  @Test
  void theDryRunShowsBothPlansAndChangesNothing() {
    try (ExampleRunner runner = new ExampleRunner()) {
      Targets targets = runner.targets;
      List<java.util.Map<String, Object>> before = targets.sandbox().hrFeed().users();

      assertThat(runner.run(PlanSync::run)).isZero();

      assertThat(runner.output()).contains("4 to add, 1 to update, 2 to offboard")
          .contains("Plan: 4 to create, 5 to update").contains("Dry run: nothing was changed.");
      assertThat(targets.sandbox().hrFeed().users()).isEqualTo(before);
      assertThat(targets.sandbox().jobTicket().syncIds()).isEmpty();
    }
  }

  @Test
  void aTruncatedRosterTripsBothGuardsAndNothingIsSent() {
    try (ExampleRunner runner = new ExampleRunner()) {
      Targets targets = runner.targets;
      int before = targets.sandbox().jobTicket().employees().size();

      assertThat(runner.run(GuardTrip::run)).isEqualTo(Program.REFUSED);

      assertThat(runner.output()).contains("A truncated export: only 10 of 50 rows.")
          .contains("REFUSED: refusing to offboard 38 of 48 current records (79 %): the limit is "
              + "9 (min(20 %, 500))")
          .contains("REFUSED: refusing to deactivate or delete ")
          .contains("approve this exact plan with fingerprint ");
      assertThat(targets.sandbox().jobTicket().syncIds()).isEmpty();
      assertThat(targets.sandbox().jobTicket().employees()).hasSize(before);
    }
  }

  @Test
  void applyWithConcurrencyOneSyncsEverythingToo() {
    try (ExampleRunner runner = new ExampleRunner()) {
      Targets targets = runner.targets;
      assertThat(runner.run((t, out) -> ApplySync.run(t, out, null, null, 1))).isZero();

      assertThat(runner.output())
          .contains("Applied: 4 created, 5 updated, 1 reactivated, 3 deactivated");
    }
  }

  @Test
  void listingWalksThePagesOfBothApis() {
    try (ExampleRunner runner = new ExampleRunner()) {
      Targets targets = runner.targets;
      assertThat(runner.run(ListRecords::run)).isZero();

      assertThat(runner.output()).contains("page 1: 20 of 48", "page 2: 20 of 48",
          "page 3: 8 of 48", "page 0: 20 of 49", "page 2: 9 of 49");
    }
  }

  @Test
  void realServerModeTakesCredentialsOnlyFromTheEnvironmentAndNeverEchoesThem() {
    assertThatThrownBy(() -> Targets.open(new String[] {"--hrfeed-url=https://x.example/api"},
        Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("set HR_FEED_TOKEN in the environment (credentials are never taken from "
            + "flags)");
    assertThatThrownBy(() -> Targets.open(new String[] {"--jobticket-url=https://x.example"},
        Map.of("JOBTICKET_KEY_ID", "id", "JOBTICKET_KEY_SECRET", "hunter2")))
        .hasMessageContaining("needs --integration-id=N");
    assertThatThrownBy(() -> Targets.open(new String[] {"--token=abc"}, Map.of()))
        .hasMessageStartingWith("unknown argument '--token=abc'");
    assertThatThrownBy(() -> Targets.open(new String[] {"--delay-ms=soon"}, Map.of()))
        .hasMessage("--delay-ms takes a whole number from 0, was 'soon'");
    try (Targets real = Targets.open(new String[] {"--jobticket-url=https://jt.example",
        "--integration-id=7"}, Map.of("JOBTICKET_KEY_ID", "id", "JOBTICKET_KEY_SECRET",
        "hunter2"))) {
      assertThat(real.sandbox()).isNull();
      assertThat(real.hrFeed()).isNull();
      assertThat(real.describe()).contains("https://jt.example").doesNotContain("hunter2");
    }
  }
}
