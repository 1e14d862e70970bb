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

  /**
   * 16,384 ids of 14 two-char blocks, each {@code a^} or {@code b?}: blocks that any hash of
   * the form {@code 31 * h + c} over the folded chars (as {@code String.hashCode}) maps alike.
   */
  private static java.util.List<String> craftedToCollide() {
    java.util.List<String> ids = new java.util.ArrayList<>(1 << 14);
    for (int n = 0; n < 1 << 14; n++) {
      StringBuilder id = new StringBuilder(28);
      for (int block = 0; block < 14; block++) {
        id.append((n >> block & 1) == 0 ? "a^" : "b?");
      }
      ids.add(id.toString());
    }
    return ids;
  }

  @Test
  void idsCraftedToCollideUnderAFixedHashSpreadUnderTheKeyedOne() {
    java.util.List<String> ids = craftedToCollide();
    assertThat(ids.stream().map(String::toLowerCase).map(String::hashCode).distinct().count())
        .as("they do collide under a fixed polynomial hash").isEqualTo(1);

    long distinct = ids.stream().map(CaseInsensitiveIndex::hash).distinct().count();
    CaseInsensitiveIndex<Integer> index = new CaseInsensitiveIndex<>(ids.size());
    ids.forEach(id -> index.putIfAbsent(id, id.length()));

    assertThat(distinct).isGreaterThan(16_000);
    assertThat(ids).allSatisfy(id -> assertThat(index.get(id.toUpperCase(Locale.ROOT)))
        .isEqualTo(28));
  }
}
