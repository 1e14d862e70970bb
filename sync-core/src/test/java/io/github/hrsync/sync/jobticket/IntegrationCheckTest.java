package io.github.hrsync.sync.jobticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.sync.TestClock;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A plan checks the HR integration first (Get HR Integration), and an integration is part of
 * JobTicket's identity: the same people on two integrations are two plans.
 */
class IntegrationCheckTest {

  private static FakeJobTicketClient withTenEmployees(long integrationId) {
    FakeJobTicketClient client = new FakeJobTicketClient(integrationId);
    IntStream.rangeClosed(1, 10).forEach(i -> client.add("E" + i, "F" + i, "L" + i,
        "e" + i + "@example.com"));
    return client;
  }

  private static Roster roster() {
    return Roster.of(IntStream.rangeClosed(1, 10).mapToObj(i -> SourceEmployee.builder("E" + i,
        "F" + i, "L" + i, "e" + i + "@example.com").build()).toList());
  }

  private static JobTicketSync sync(FakeJobTicketClient client, long integrationId) {
    return new JobTicketSync(client, integrationId, SafetyGuard.defaults(), TestClock.CLOCK);
  }

  @Test
  void anUnknownIntegrationFailsThePlanNamingTheIdAndHowToListThem() {
    FakeJobTicketClient client = withTenEmployees(99);
    client.integrationAnswers(new NotFoundException(new ErrorContext("GET",
        "/hr-integrations/98", 404, null, null, "HR integration not found")));

    assertThatThrownBy(() -> sync(client, 98).plan(roster()))
        .isInstanceOf(UnknownIntegrationException.class)
        .hasMessage("JobTicket at https://jobticket.invalid/ has no HR integration 98 for this "
            + "API key (it sees 99); list them with JobTicketClient.listHrIntegrations("
            + "ListOptions.defaults()) and configure one of their ids")
        .satisfies(e -> assertThat(((UnknownIntegrationException) e).integrationId())
            .isEqualTo(98));
    assertThat(client.syncIds()).isEmpty();
  }

  @Test
  void aKeyThatMayNotViewIntegrationsPlansWithAWarning() {
    FakeJobTicketClient client = withTenEmployees(7);
    client.integrationAnswers(new PermissionDeniedException(new ErrorContext("GET",
        "/hr-integrations/7", 403, null, null, null)));

    JobTicketPlan plan = sync(client, 7).plan(roster());

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.warnings()).containsExactly("HR integration 7 could not be checked: the API "
        + "key lacks the view-hr-integrations permission (403), which a sync does not need; an "
        + "unknown id would fail only when the replace is sent");
  }

  @Test
  void theSamePeopleOnTwoIntegrationsAreTwoPlans() {
    JobTicketPlan seven = sync(withTenEmployees(7), 7).plan(roster());
    JobTicketPlan eight = sync(withTenEmployees(8), 8).plan(roster());

    assertThat(List.of(seven.adds(), seven.changes(), seven.removals()))
        .isEqualTo(List.of(eight.adds(), eight.changes(), eight.removals()));
    assertThat(seven.fingerprint()).isNotEqualTo(eight.fingerprint());
    assertThat(seven.syncId()).isNotEqualTo(eight.syncId());
  }
}
