package io.github.hrsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LookalikesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Anna Berg ", "Anna\u00a0Berg", "Аnna Bеrg", "ANNA  BERG",
      "Ánna Bërg", "Anna Berg\t"})
  void namesThatLookAlikeShareAKey(String name) {
    assertThat(Lookalikes.name(name)).isEqualTo(Lookalikes.name("Anna Berg"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bjørn Łukasz", "Bjorn Lukasz"})
  void lettersWithAStrokeLoseIt(String name) {
    assertThat(Lookalikes.name(name)).isEqualTo("bjorn lukasz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna+benefits@example.com", "Anna@Example.com",
      "anna@example.com "})
  void aTagAndLetterCaseLeaveTheFirstEmailKey(String email) {
    assertThat(Lookalikes.emails(email).get(0)).isEqualTo("anna@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.nna@example.com", "anna@mail.example.com",
      "a.n.n.a+x@eu.mail.example.com"})
  void dotsAndSubdomainsLeaveTheLooseEmailKey(String email) {
    assertThat(Lookalikes.emails(email).get(1)).isEqualTo("anna@example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"anna@example.co.uk", "anna@hr.example.co.uk"})
  void aCountryDomainWithAGenericSecondLevelKeepsThreeLabels(String email) {
    assertThat(Lookalikes.emails(email).get(1)).isEqualTo("anna@example.co.uk");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anna Bergman", "Hanna Berg", "Anna Borg"})
  void otherNamesStayApart(String name) {
    assertThat(Lookalikes.name(name)).isNotEqualTo(Lookalikes.name("Anna Berg"));
  }
}
