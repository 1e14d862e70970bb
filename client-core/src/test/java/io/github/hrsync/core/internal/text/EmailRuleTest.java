package io.github.hrsync.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written e-mail check is the rule the regular expression states, exactly: compared on
 * the edge cases and on 300,000 strings drawn from the characters that matter (a fixed seed, so
 * every run checks the same strings).
 */
class EmailRuleTest {
  /** The rule's specification: what {@link TextRules#isEmail} must accept, and nothing else. */
  private static final Pattern RULE = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
          + "[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");
  private static final String ALPHABET = "aZ09.-@_+!~' \té\u00df\u200b.@-aa";

  private static boolean spec(String email) {
    return email.length() <= 254 && RULE.matcher(email).matches();
  }

  @Test
  void theEdgeCasesReadAsTheRuleSays() {
    String label63 = "a" + "b".repeat(61) + "c";
    String[] cases = {"a@b.co", "a.b@c.de", "a..b@c.de", ".a@b.co", "a.@b.co", "@b.co", "a@.co",
        "a@b..co", "a@b.c", "a@b.c0", "a@-b.co", "a@b-.co", "a@b-c.co", "a@bc", "a@b.co.",
        "a@@b.co", "a b@c.de", "a@" + label63 + ".co", "a@" + label63 + "d.co",
        "a@b." + "c".repeat(63), "a@b." + "c".repeat(64), "x".repeat(250) + "@b.co",
        "x".repeat(246) + "@b.co", "ß@b.co", "a@b.çom", "o'brien+tag@example.com",
        "a@1.2.co", "a@b.co\n", "", "@", "a@b.c-o"};
    for (String email : cases) {
      assertThat(TextRules.isEmail(email)).as(email).isEqualTo(spec(email));
    }
  }

  @Test
  void generatedStringsReadAsTheRuleSays() {
    SplittableRandom random = new SplittableRandom(20261202);
    int accepted = 0;
    for (int n = 0; n < 300_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(1, 14);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (random.nextBoolean()) {
        text.append(random.nextBoolean() ? "@ex.com" : ".co");
      }
      String email = text.toString();
      boolean expected = spec(email);
      accepted += expected ? 1 : 0;
      assertThat(TextRules.isEmail(email)).as(email).isEqualTo(expected);
    }
    assertThat(accepted).as("the draw reaches both answers").isGreaterThan(1_000);
  }
}
