package io.github.hrsync.hrfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HR Feed models that hold a person's data print ids and field names, never the data. */
class NoPersonalDataInModelsTest {
  private static final List<String> PERSONAL = List.of("Anna", "Berg", "anna.berg@example.com",
      "+46701234567", "CC-SECRET");

  @Test
  void theToStringOfEveryModelHoldingAPersonsDataShowsIdsAndFieldNamesOnly() {
    CustomFields custom = CustomFields.of(Map.of("costCentre", "CC-SECRET"));
    User user = new User("u1", "E-1", "Anna", "Berg", null, "anna.berg@example.com",
        "+46701234567", null, "SE", null, true, null, custom);
    NewUser create = NewUser.builder("Anna", "Berg", "anna.berg@example.com")
        .mobile("+46701234567").build();
    UserPatch patch = UserPatch.builder().firstName("Anna").customFields(custom).build();

    for (Object model : List.of(user, custom, custom.fields().get(0), create, patch)) {
      assertThat(model.toString()).as(model.getClass().getSimpleName())
          .doesNotContain(PERSONAL);
    }
    assertThat(patch.toString()).isEqualTo("UserPatch[firstName, customFields]");
    assertThat(custom.toString()).isEqualTo("CustomFields[costCentre]");
  }
}
