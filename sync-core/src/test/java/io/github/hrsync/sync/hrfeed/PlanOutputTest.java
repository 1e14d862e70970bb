package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static io.github.hrsync.sync.hrfeed.FakeHrFeedClient.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.UserField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanOutputTest {

  private static HrFeedPlan samplePlan() {
    return samplePlan("+46701234567");
  }

  private static HrFeedPlan samplePlan(String annasMobile) {
    return new HrFeedPlanner(PlanOptions.defaults()).plan(Roster.of(List.of(
            SourceEmployee.builder("E1", "Anna", "Andersson", "anna@example.com")
                .mobile(annasMobile).unitExternalId("DEPT-SALES")
                .customFields(Map.of("costCenter", "CC-100")).build(),
            SourceEmployee.builder("E2", "Björn", "Berg", "bjorn@example.com").build(),
            SourceEmployee.builder("E4", "Dana", "Dahl", "dana@example.com").build())),
        List.of(user("11", "E2", "Bjorn", "Berg", "bjorn@example.com", true),
            user("12", "E3", "Carl", "Clark", "carl@example.com", true),
            user("13", "E4", "Dana", "Dahl", "dana@example.com", false)),
        HrFeedPlannerTest.TARGET);
  }

  @Test
  void rendersLikeTerraformPlan() {
    HrFeedPlan plan = samplePlan();

    assertThat(plan.render()).isEqualTo("""
        hrsync will perform the following actions on the HR Feed:

          + create E1 <anna@example.com> Anna Andersson
              firstName    : "Anna"
              lastName     : "Andersson"
              email        : "anna@example.com"
              mobile       : "+46701234567"
              isActive     : true
              externalId   : "E1"
              unit         : unit "DEPT-SALES"
              customFields : {costCenter="CC-100"}

          ~ update E2 (user 11) <bjorn@example.com> Björn Berg
              firstName : "Bjorn" -> "Björn"

          ~ reactivate E4 (user 13) <dana@example.com> Dana Dahl
              isActive : false -> true

          - deactivate E3 (user 12) <carl@example.com> Carl Clark
              isActive : true -> false

        Plan: 1 to create, 1 to update, 1 to reactivate, 1 to deactivate, 0 to delete. \
        Fingerprint %s
        """.formatted(plan.fingerprint()));
  }

  @Test
  void anEmptyPlanSaysSo() {
    HrFeedPlan plan = new HrFeedPlan(HrFeedPlannerTest.TARGET,
        PlanOptions.defaults().describe(), List.of(), 3, 3, 3, List.of(), Verdict.ALLOWED);

    assertThat(plan.render()).startsWith("No changes. The HR Feed matches the roster "
        + "(3 employees, 3 users).");
  }

  @Test
  void jsonRoundTripsToAnEqualPlanWithTheSameFingerprint() {
    HrFeedPlan plan = samplePlan();

    HrFeedPlan back = HrFeedPlan.fromJson(plan.toJson());

    assertThat(back).isEqualTo(plan);
    assertThat(back.fingerprint()).isEqualTo(plan.fingerprint());
    assertThat(back.operations().get(0).toNewUser().fields())
        .containsEntry(UserField.UNIT, Unit.ofExternalId("DEPT-SALES"))
        .containsEntry(UserField.CUSTOM_FIELDS, io.github.hrsync.hrfeed.CustomFields.of(
            Map.of("costCenter", "CC-100")));
    assertThat(plan.toJson()).contains("\"format\" : \"hrsync.hrfeed-plan.v4\"")
        .contains("\"baseUrl\" : \"" + HrFeedPlannerTest.TARGET + "\"")
        .contains("\"verdict\" : {");
    assertThat(back.verdict()).isEqualTo(plan.verdict());
  }

  @Test
  void anEditedPlanFileIsRejected() {
    String json = samplePlan().toJson().replace("\"+46701234567\"", "\"+46700000000\"");

    assertThatThrownBy(() -> HrFeedPlan.fromJson(json))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageStartingWith("the plan was edited");
    assertThatThrownBy(() -> HrFeedPlan.fromJson("{\"format\":\"other\"}"))
        .hasMessage("not a plan: format must be hrsync.hrfeed-plan.v4, was other");
    assertThatThrownBy(() -> HrFeedPlan.fromJson("[1,"))
        .hasMessage("not a plan: the text is not a JSON object");
    assertThatThrownBy(() -> HrFeedPlan.fromJson("{\"format\":"))
        .hasMessageStartingWith("not a plan: the text is not JSON");
    assertThatThrownBy(() -> HrFeedPlan.fromJson(samplePlan().toJson()
        .replace("{\n  \"fingerprint\"", "{\n  \"approved\" : true,\n  \"fingerprint\"")))
        .hasMessage("not a plan: unknown field 'approved'");
  }

  @Test
  void theFingerprintChangesWithAnyValue() {
    HrFeedPlan plan = samplePlan();
    HrFeedPlan other = samplePlan("+46701234568");

    assertThat(plan.fingerprint()).hasSize(12).isNotEqualTo(other.fingerprint());
  }

  @Test
  void aDecoyKindBeforeTheRealOneInsideAnOperationIsRefusedNotReadAsTheLastOne() {
    String json = samplePlan().toJson();
    String decoy = json.replace("\"kind\" : \"UPDATE\"",
        "\"kind\" : \"DEACTIVATE\",\n      \"kind\" : \"UPDATE\"");
    assertThat(decoy).isNotEqualTo(json);

    assertThatThrownBy(() -> HrFeedPlan.fromJson(decoy))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("Duplicate field 'kind'");
  }

  @Test
  void anUnknownFieldInsideAnOperationOrAChangeIsRefused() {
    String json = samplePlan().toJson();

    assertThatThrownBy(() -> HrFeedPlan.fromJson(json.replace("\"kind\" : \"UPDATE\"",
        "\"kind\" : \"UPDATE\", \"force\" : true")))
        .hasMessageContaining("operations[1]: unknown field 'force'");
    assertThatThrownBy(() -> HrFeedPlan.fromJson(json.replace("\"field\" : \"firstName\"",
        "\"field\" : \"firstName\", \"note\" : \"x\"")))
        .hasMessageContaining(".changes[0]: unknown field 'note'");
    assertThatThrownBy(() -> HrFeedPlan.fromJson(json.replace("\"kind\" : \"UPDATE\",", "")))
        .hasMessageContaining("operations[1]: field 'kind' is missing");
  }

  @Test
  void anythingAfterThePlanIsRefused() {
    String json = samplePlan().toJson();

    assertThatThrownBy(() -> HrFeedPlan.fromJson(json + "\n garbage"))
        .isInstanceOf(InvalidPlanException.class).hasMessageStartingWith("not a plan");
    assertThatThrownBy(() -> HrFeedPlan.fromJson(json + json))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("there is more after the plan");
    assertThat(HrFeedPlan.fromJson(json + "\n  \n")).isEqualTo(samplePlan());
  }

  @Test
  void everyDamageToASavedPlanIsAnInvalidPlanExceptionNeverAnotherType() {
    HrFeedPlan plan = samplePlan();
    String json = plan.toJson();
    int damaged = 0;
    for (int at = 0; at < json.length(); at++) {
      for (String variant : List.of(json.substring(0, at),
          json.substring(0, at) + json.substring(at + 1),
          json.substring(0, at) + (Character.isDigit(json.charAt(at)) ? "x" : "7")
              + json.substring(at + 1))) {
        try {
          assertThat(HrFeedPlan.fromJson(variant)).as(variant).isEqualTo(plan);
        } catch (InvalidPlanException refused) {
          damaged++;
        }
      }
    }
    assertThat(damaged).as("nearly every damage is refused").isGreaterThan(json.length() * 2);
  }
}
