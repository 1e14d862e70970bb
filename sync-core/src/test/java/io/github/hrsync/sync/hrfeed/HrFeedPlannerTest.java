package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import static io.github.hrsync.sync.hrfeed.FakeHrFeedClient.user;
import static io.github.hrsync.sync.hrfeed.FakeHrFeedClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HrFeedPlannerTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
  static final String TARGET = "https://agency.example/api/v2/hr-feed";
  private final PlanOptions options = PlanOptions.defaults().withClock(TODAY);

  private static SourceEmployee.Builder anna() {
    return SourceEmployee.builder("E1", "Anna", "Andersson", "anna@example.com");
  }

  private HrFeedPlan plan(List<SourceEmployee> rows, User... current) {
    return new HrFeedPlanner(options).plan(Roster.of(rows), List.of(current), TARGET);
  }

  private static User annaUser() {
    return user("10", "E1", "Anna", "Andersson", "anna@example.com", true);
  }

  @Test
  void aNewEmployeeIsCreatedWithEveryFieldItHas() {
    HrFeedPlan plan = plan(List.of(anna().mobile("+46701234567").countryCode("SE")
        .cultureCode("sv-SE").unitExternalId("DEPT-SALES")
        .customFields(Map.of("costCenter", "CC-100")).build()));

    PlannedOperation create = plan.operations().get(0);
    assertThat(create.kind()).isEqualTo(OperationKind.CREATE);
    assertThat(create.userId()).isNull();
    assertThat(create.toNewUser().fields()).containsExactly(
        Map.entry(UserField.FIRST_NAME, "Anna"), Map.entry(UserField.LAST_NAME, "Andersson"),
        Map.entry(UserField.EMAIL, "anna@example.com"),
        Map.entry(UserField.MOBILE, "+46701234567"), Map.entry(UserField.COUNTRY_CODE, "SE"),
        Map.entry(UserField.CULTURE_CODE, "sv-SE"), Map.entry(UserField.IS_ACTIVE, true),
        Map.entry(UserField.EXTERNAL_ID, "E1"),
        Map.entry(UserField.UNIT, Unit.ofExternalId("DEPT-SALES")),
        Map.entry(UserField.CUSTOM_FIELDS, CustomFields.of(Map.of("costCenter", "CC-100"))));
  }

  @Test
  void anUnchangedRecordPlansNothing() {
    assertThat(plan(List.of(anna().build()), annaUser()).isEmpty()).isTrue();
  }

  @Test
  void aChangedFieldIsUpdatedAloneWithOldAndNewValues() {
    HrFeedPlan plan = plan(List.of(anna().lastName("Berg").mobile("+46709876543").build()),
        annaUser());

    assertThat(plan.operations()).singleElement().satisfies(op -> {
      assertThat(op.kind()).isEqualTo(OperationKind.UPDATE);
      assertThat(op.userId()).isEqualTo("10");
      assertThat(op.changes()).containsExactly(
          new FieldChange(UserField.LAST_NAME, "Andersson", "Berg"),
          new FieldChange(UserField.MOBILE, null, "+46709876543"));
    });
  }

  @Test
  void anEmailCaseChangeIsNotAnUpdateUnlessAskedFor() {
    List<SourceEmployee> rows = List.of(anna().email("Anna@Example.com").build());

    assertThat(plan(rows, annaUser()).isEmpty()).isTrue();
    assertThat(new HrFeedPlanner(options.withEmailCaseSensitive(true))
        .plan(Roster.of(rows), List.of(annaUser()), TARGET).operations().get(0).changes())
        .containsExactly(new FieldChange(UserField.EMAIL, "anna@example.com", "Anna@Example.com"));
  }

  @Test
  void aUnitChangeComparesByTheUnitsExternalId() {
    User inSales = with(annaUser(), Map.of(UserField.UNIT, new Unit("u-1", "DEPT-SALES")));

    assertThat(plan(List.of(anna().unitExternalId("DEPT-SALES").build()), inSales).isEmpty())
        .isTrue();
    assertThat(plan(List.of(anna().unitExternalId("DEPT-OPS").build()), inSales).operations()
        .get(0).changes()).containsExactly(new FieldChange(UserField.UNIT,
            new Unit("u-1", "DEPT-SALES"), Unit.ofExternalId("DEPT-OPS")));
  }

  @Test
  void aCustomFieldChangeSendsTheWholeArrayAndKeepsFieldsTheRosterDoesNotName() {
    Map<String, String> nowMap = new LinkedHashMap<>();
    nowMap.put("costCenter", "CC-100");
    nowMap.put("travelPolicy", "gold");
    CustomFields now = CustomFields.of(nowMap);
    User withFields = with(annaUser(), Map.of(UserField.CUSTOM_FIELDS, now));

    HrFeedPlan plan = plan(List.of(anna().customFields(Map.of("costCenter", "CC-200")).build()),
        withFields);

    Map<String, String> expectedMap = new LinkedHashMap<>();
    expectedMap.put("costCenter", "CC-200");
    expectedMap.put("travelPolicy", "gold");
    assertThat(plan.operations().get(0).changes()).containsExactly(
        new FieldChange(UserField.CUSTOM_FIELDS, now, CustomFields.of(expectedMap)));
    assertThat(plan(List.of(anna().customFields(Map.of("costCenter", "CC-100")).build()),
        withFields).isEmpty()).isTrue();
  }

  @Test
  void aLeaverMissingFromTheRosterIsDeactivatedOrDeletedWhenAsked() {
    User bob = user("11", "E2", "Bob", "Berg", "bob@example.com", true);
    User gone = user("12", "E3", "Gone", "Already", "gone@example.com", false);

    HrFeedPlan deactivate = plan(List.of(anna().build()), annaUser(), bob, gone);
    HrFeedPlan delete = new HrFeedPlanner(options.withDeleteLeavers(true))
        .plan(Roster.of(List.of(anna().build())), List.of(annaUser(), bob, gone), TARGET);

    assertThat(deactivate.operations()).singleElement().satisfies(op -> {
      assertThat(op.kind()).isEqualTo(OperationKind.DEACTIVATE);
      assertThat(op.userId()).isEqualTo("11");
      assertThat(op.toPatch().fields()).containsExactly(Map.entry(UserField.IS_ACTIVE, false));
    });
    assertThat(delete.operations()).extracting(PlannedOperation::kind, PlannedOperation::userId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OperationKind.DELETE, "11"),
            org.assertj.core.groups.Tuple.tuple(OperationKind.DELETE, "12"));
  }

  @Test
  void aTerminationDateInThePastDeactivatesAndIsNeverCreated() {
    HrFeedPlan plan = plan(List.of(
        anna().terminationDate(LocalDate.of(2026, 6, 14)).build(),
        SourceEmployee.builder("E9", "Left", "Before", "left@example.com")
            .terminationDate(LocalDate.of(2026, 1, 31)).build(),
        SourceEmployee.builder("E8", "Leaves", "Today", "today@example.com")
            .terminationDate(LocalDate.of(2026, 6, 15)).build()), annaUser());

    assertThat(plan.operations()).extracting(PlannedOperation::kind, PlannedOperation::externalId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OperationKind.CREATE, "E8"),
            org.assertj.core.groups.Tuple.tuple(OperationKind.DEACTIVATE, "E1"));
  }

  @Test
  void aRehireReactivatesTheInactiveUserWithTheirChangedFields() {
    User inactive = user("10", "E1", "Anna", "Andersson", "anna@example.com", false);

    HrFeedPlan plan = plan(List.of(anna().lastName("Berg").build()), inactive);

    assertThat(plan.operations()).singleElement().satisfies(op -> {
      assertThat(op.kind()).isEqualTo(OperationKind.REACTIVATE);
      assertThat(op.changes()).containsExactly(
          new FieldChange(UserField.LAST_NAME, "Andersson", "Berg"),
          new FieldChange(UserField.IS_ACTIVE, false, true));
    });
  }

  @Test
  void aUserWithoutExternalIdIsAdoptedByEmailIgnoringCase() {
    User unlinked = user("20", null, "Anna", "Andersson", "ANNA@example.com", true);

    HrFeedPlan plan = plan(List.of(anna().build()), unlinked);

    PlannedOperation adopt = plan.operations().get(0);
    assertThat(adopt.kind()).isEqualTo(OperationKind.UPDATE);
    assertThat(adopt.adopts()).isTrue();
    assertThat(adopt.changes()).containsExactly(new FieldChange(UserField.EXTERNAL_ID, null, "E1"));
    assertThat(new HrFeedPlanner(options.withAdoptByEmail(false))
        .plan(Roster.of(List.of(anna().build())), List.of(unlinked), TARGET).operations())
        .extracting(PlannedOperation::kind).containsExactly(OperationKind.CREATE);
  }

  @Test
  void usersWithoutExternalIdThatMatchNothingAreLeftAlone() {
    User manual = user("30", null, "Travel", "Agent", "agent@agency.example", true);

    assertThat(plan(List.of(anna().build()), annaUser(), manual).isEmpty()).isTrue();
  }

  @Test
  void externalIdsMatchIgnoringCase() {
    User upper = user("10", "e1", "Anna", "Andersson", "anna@example.com", true);

    assertThat(plan(List.of(anna().build()), upper).isEmpty()).isTrue();
  }

  @Test
  void emptyOptionalFieldsAreKeptUnlessClearingIsAsked() {
    User withMobile = with(annaUser(), Map.of(UserField.MOBILE, "+46700000000"));

    assertThat(plan(List.of(anna().build()), withMobile).isEmpty()).isTrue();
    Map<UserField, Object> cleared = new HrFeedPlanner(options.withClearMissingFields(true))
        .plan(Roster.of(List.of(anna().build())), List.of(withMobile), TARGET).operations().get(0)
        .toPatch().fields();
    assertThat(cleared).containsOnlyKeys(UserField.MOBILE);
    assertThat(cleared.get(UserField.MOBILE)).isNull();
  }

  @Test
  void usersSharingAnExternalIdAreWarnedAboutAndTheDuplicateLeftAlone() {
    User twin = user("99", "E1", "Anna", "Twin", "twin@example.com", true);

    HrFeedPlan plan = plan(List.of(anna().build()), annaUser(), twin);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.warnings()).containsExactly(
        "users 10 and 99 share externalId 'E1'; only user 10 is managed");
  }

  @Test
  void operationsComeInADeterministicOrderWhateverTheInputOrder() {
    List<User> users = List.of(user("3", "C", "C", "C", "c@x.se", true),
        user("1", "A", "A", "A", "a@x.se", true), user("2", "B", "B", "B", "b@x.se", true));
    List<SourceEmployee> rows = List.of(
        SourceEmployee.builder("Z", "Z", "Z", "z@x.se").build(),
        SourceEmployee.builder("B", "B2", "B", "b@x.se").build(),
        SourceEmployee.builder("Y", "Y", "Y", "y@x.se").build());

    HrFeedPlan one = new HrFeedPlanner(options).plan(Roster.of(rows), users, TARGET);
    HrFeedPlan two = new HrFeedPlanner(options).plan(Roster.of(List.of(rows.get(2), rows.get(0),
        rows.get(1))), List.of(users.get(2), users.get(1), users.get(0)), TARGET);

    assertThat(one).isEqualTo(two);
    assertThat(one.operations()).extracting(op -> op.kind().verb() + " " + op.externalId())
        .containsExactly("create Y", "create Z", "update B", "deactivate A", "deactivate C");
  }

  @Test
  void theGuardRefusesThirtyPercentDeactivationsUnlessThatPlanIsApproved() {
    List<User> users = new java.util.ArrayList<>();
    List<SourceEmployee> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      users.add(user("u" + i, "E" + i, "F", "L", "e" + i + "@x.se", true));
      if (i < 7) {
        rows.add(SourceEmployee.builder("E" + i, "F", "L", "e" + i + "@x.se").build());
      }
    }
    HrFeedPlan plan = new HrFeedPlanner(options).plan(Roster.of(rows), users, TARGET);

    assertThat(plan.verdict().allowed()).isFalse();
    assertThat(GuardRefusedException.of(plan))
        .hasMessageStartingWith("refusing to deactivate or delete 3 of 10 current records (30 %)");
    assertThat(plan.verdict().admits(plan, Approval.of(plan.fingerprint()))).isTrue();
    assertThat(plan.verdict().admits(plan, Approval.of("000000000000"))).isFalse();
    assertThat(new HrFeedPlanner(options.withGuard(new SafetyGuard(0.5, 500)))
        .plan(Roster.of(rows), users, TARGET).verdict().allowed()).isTrue();
  }

  @Test
  void customFieldsChangeOnlyWhereTheRosterNamesThemAndEverythingElseIsSentBackAsItWas() {
    Map<String, Object> object = Map.of("x", 1);
    CustomFields current = CustomFields.fromWire(List.of(Map.of("n", 1), Map.of("o", object),
        Map.of("a", List.of(1, 2)), Map.of("costCenter", "A"), Map.of("costCenter", "B"),
        Map.of("team", "X")));
    User user = with(annaUser(), Map.of(UserField.CUSTOM_FIELDS, current));
    Map<String, String> named = new java.util.LinkedHashMap<>();
    named.put("n", "1");
    named.put("team", "Y");
    named.put("costCenter", "C");

    HrFeedPlan plan = plan(List.of(anna().customFields(named).build()), user);

    FieldChange change = plan.operations().get(0).changes().get(0);
    assertThat(change.field()).isEqualTo(UserField.CUSTOM_FIELDS);
    assertThat(((CustomFields) change.to()).toWire()).containsExactly(Map.of("n", 1),
        Map.of("o", object), Map.of("a", List.of(1, 2)), Map.of("costCenter", "A"),
        Map.of("costCenter", "B"), Map.of("team", "Y"));
    assertThat(plan.warnings()).containsExactly("user " + user.id() + " (" + user.externalId()
        + ") has custom field 'costCenter' 2 times; left alone, which one the roster means is "
        + "unknown");
    assertThat(HrFeedPlan.fromJson(plan.toJson()).operations()).isEqualTo(plan.operations());
  }
}
