package io.github.hrsync.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CaseInsensitiveIndexTest {

  @Test
  void behavesLikeAMapOfUpperCasedKeysUnderRandomPutsAndRemoves() {
    CaseInsensitiveIndex<Integer> index = new CaseInsensitiveIndex<>(4);
    Map<String, Integer> reference = new HashMap<>();
    Random random = new Random(11);
    for (int step = 0; step < 50_000; step++) {
      String key = "Emp-" + random.nextInt(2_000);
      String spelled = random.nextBoolean() ? key.toUpperCase(Locale.ROOT) : key;
      String folded = key.toUpperCase(Locale.ROOT);
      if (random.nextInt(3) == 0) {
        assertThat(index.remove(spelled)).isEqualTo(reference.remove(folded));
      } else {
        assertThat(index.putIfAbsent(spelled, step)).isEqualTo(reference.putIfAbsent(folded, step));
      }
    }
    assertThat(index.values()).containsExactlyInAnyOrderElementsOf(reference.values());
    assertThat(index.isEmpty()).isEqualTo(reference.isEmpty());
  }

  @Test
  void foldsNonAsciiLettersAsEqualsIgnoreCaseDoes() {
    CaseInsensitiveIndex<String> index = new CaseInsensitiveIndex<>(4);
    index.putIfAbsent("Åsa.Öberg@Example.com", "asa");

    assertThat(index.remove("åsa.öberg@example.COM")).isEqualTo("asa");
    assertThat(index.isEmpty()).isTrue();
  }

  @Test
  void followsTheSharedFoldingRuleForDotlessISharpSAndFinalSigma() {
    CaseInsensitiveIndex<String> index = new CaseInsensitiveIndex<>(4);
    index.putIfAbsent("EMP-I", "turkish");
    index.putIfAbsent("Straße-1", "german");
    index.putIfAbsent("ΟΔΟΣ", "greek");

    assertThat(index.putIfAbsent("emp-ı", "x")).isEqualTo("turkish");
    assertThat(index.putIfAbsent("STRASSE-1", "x")).isEqualTo("german");
    assertThat(index.putIfAbsent("οδος", "x")).isEqualTo("greek");
    assertThat(index.putIfAbsent("οδοσ", "x")).isEqualTo("greek");
    for (String a : new String[] {"EMP-I", "emp-ı", "Straße-1", "ΟΔΟΣ", "οδος"}) {
      for (String b : new String[] {"emp-i", "EMP-ı", "strasse-1", "οδοσ", "ΟΔΟς"}) {
        assertThat(CaseInsensitiveIndex.same(a, b))
            .as(a + " ~ " + b).isEqualTo(TextRules.sameFolded(a, b));
        if (TextRules.sameFolded(a, b)) {
          assertThat(CaseInsensitiveIndex.hash(a)).isEqualTo(CaseInsensitiveIndex.hash(b));
        }
      }
    }
  }
}
