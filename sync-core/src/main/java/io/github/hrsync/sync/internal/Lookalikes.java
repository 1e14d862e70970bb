package io.github.hrsync.sync.internal;

import io.github.hrsync.core.internal.text.TextRules;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys under which two records may be the same person, for detecting look-alikes only
 * (matching stays exact): a name trimmed, in Unicode compatibility form (NFKC: a no-break space
 * is a space), without diacritics, with letters of other scripts that look Latin mapped to the
 * Latin letter (the Latin targets of Unicode's confusables for Cyrillic and Greek, and letters
 * with a stroke), case folded, and its spaces collapsed; an e-mail without its {@code +tag},
 * and, as a second, looser key, also without the dots of its local part, at its registrable
 * domain ({@code mail.example.com} is {@code example.com}; {@code example.co.uk} keeps three
 * labels).
 */
public final class Lookalikes {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Two-letter country domains whose second level is generic: {@code co.uk}, {@code com.au}. */
  private static final Set<String> GENERIC_SECOND_LEVELS =
      Set.of("co", "com", "net", "org", "ac", "gov", "edu", "ne", "or");
  /** Each look-alike letter beside the Latin letter it is mistaken for, pair by pair. */
  private static final String CONFUSABLES = ""
      // Cyrillic
      + "аaвbеeёeіiїiјjкkмmнhоoрpсcтtуyхxѕsԁdһhӏlԛqԝwɡgАaВbЕeЁeІiЈjКkМmНhОoРpСcТtУyХxЅs"
      // Greek
      + "ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxαaβbεeιiκkνvοoρpτtυuχx"
      // Latin letters with a stroke or ligature parts, which NFD does not take apart
      + "øoØołlŁlđdĐdħhĦhıiŧtŦt";

  private Lookalikes() {}

  /**
   * @param name a person's name, first and last
   * @return the key two look-alike names share
   */
  public static String name(String name) {
    String text = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC),
        Normalizer.Form.NFD);
    text = MARKS.matcher(text).replaceAll("");
    StringBuilder latin = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = CONFUSABLES.indexOf(c);
      latin.append(at >= 0 && at % 2 == 0 ? CONFUSABLES.charAt(at + 1) : c);
    }
    return SPACES.matcher(TextRules.fold(latin.toString()).strip()).replaceAll(" ")
        .replace("æ", "ae").replace("œ", "oe");
  }

  /**
   * @param email an e-mail address
   * @return its two keys: without the {@code +tag}; and without the dots of the local part, at
   *     the registrable domain
   */
  public static List<String> emails(String email) {
    String folded = TextRules.fold(email.strip());
    int at = folded.lastIndexOf('@');
    String local = at < 0 ? folded : folded.substring(0, at);
    String domain = at < 0 ? "" : folded.substring(at + 1);
    int tag = local.indexOf('+');
    String untagged = tag < 0 ? local : local.substring(0, tag);
    return List.of(untagged + "@" + domain,
        untagged.replace(".", "") + "@" + registrable(domain));
  }

  private static String registrable(String domain) {
    String[] labels = domain.split("\\.");
    int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
        && GENERIC_SECOND_LEVELS.contains(labels[labels.length - 2]) ? 3 : 2;
    if (labels.length <= keep) {
      return domain;
    }
    return String.join(".", java.util.Arrays.asList(labels)
        .subList(labels.length - keep, labels.length)).toLowerCase(Locale.ROOT);
  }

  /**
   * The keys of the records a create may stand beside, by name and by e-mail. Not thread-safe.
   */
  public static final class Index {
    private final Set<String> names = new HashSet<>();
    private final Set<String> emails = new HashSet<>();

    /** @param name a person's name, first and last, that a create may look like */
    public void addName(String name) {
      names.add(Lookalikes.name(name));
    }

    /** @param email an e-mail address that a create may look like */
    public void addEmail(String email) {
      emails.addAll(Lookalikes.emails(email));
    }

    /** @return whether it holds no key, so that nothing can look like anything in it */
    public boolean isEmpty() {
      return names.isEmpty() && emails.isEmpty();
    }

    /**
     * @param name a person's name, first and last
     * @return whether a record of the index has a name that looks like it
     */
    public boolean hasName(String name) {
      return !names.isEmpty() && names.contains(Lookalikes.name(name));
    }

    /**
     * @param email an e-mail address
     * @return whether a record of the index has an e-mail that looks like it
     */
    public boolean hasEmail(String email) {
      return !emails.isEmpty() && Lookalikes.emails(email).stream().anyMatch(emails::contains);
    }
  }
}
