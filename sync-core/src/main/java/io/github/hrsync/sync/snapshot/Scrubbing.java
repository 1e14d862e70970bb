package io.github.hrsync.sync.snapshot;

import io.github.hrsync.core.internal.text.Sha256;
import io.github.hrsync.sync.internal.Fingerprints;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Replaces personal data by stable fakes: the same value always gives the same fake (under one
 * salt), so that what matched still matches and what differed still differs. Names become
 * {@code N-…}, e-mails {@code …@d-….example} (one fake domain per real domain, so a domain that
 * moved still moves), mobiles {@code +00 …}, dates of birth another date; ids, hrIds, externalIds,
 * units and custom fields are kept (a sync matches on them). The same scrubbing applied to the
 * roster gives the same plan against a scrubbed snapshot. Immutable.
 */
public final class Scrubbing {
  private static final Scrubbing NONE = new Scrubbing(null);

  private final @Nullable String salt;

  private Scrubbing(@Nullable String salt) {
    this.salt = salt;
  }

  /** @return no scrubbing: values are kept as they are */
  public static Scrubbing none() {
    return NONE;
  }

  /**
   * @param salt a secret of yours, so that fakes cannot be reversed by guessing names
   * @return scrubbing under that salt
   */
  public static Scrubbing withSalt(String salt) {
    if (Objects.requireNonNull(salt, "salt").isBlank()) {
      throw new IllegalArgumentException("the salt must not be blank");
    }
    return new Scrubbing(salt);
  }

  /**
   * @param name a first, middle or last name
   * @return its fake
   */
  public @Nullable String name(@Nullable String name) {
    return salt == null || name == null ? name : "N-" + hash(name, 10);
  }

  /**
   * @param email an e-mail address (compared ignoring case, so faked in lower case)
   * @return its fake
   */
  public @Nullable String email(@Nullable String email) {
    if (salt == null || email == null) {
      return email;
    }
    String lower = email.toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    return "u-" + hash(lower, 12) + "@d-" + hash(lower.substring(at + 1), 8) + ".example";
  }

  /**
   * @param mobile a phone number
   * @return its fake
   */
  public @Nullable String mobile(@Nullable String mobile) {
    if (salt == null || mobile == null) {
      return mobile;
    }
    long digits = Long.parseUnsignedLong(hash(mobile, 12), 16) % 1_000_000_000L;
    return "+00 " + String.format(Locale.ROOT, "%09d", digits);
  }

  /**
   * @param birth a date of birth
   * @return its fake
   */
  public @Nullable LocalDate birthDate(@Nullable LocalDate birth) {
    if (salt == null || birth == null) {
      return birth;
    }
    return LocalDate.of(1950, 1, 1).plusDays(Long.parseUnsignedLong(hash(birth.toString(), 8),
        16) % 20_000);
  }

  /**
   * @param roster a roster
   * @return the roster with the same fakes the snapshot has
   */
  public Roster roster(Roster roster) {
    if (salt == null) {
      return roster;
    }
    return Roster.of(roster.employees().stream().map(this::employee).toList());
  }

  private SourceEmployee employee(SourceEmployee row) {
    return row.toBuilder().firstName(Objects.requireNonNull(name(row.firstName())))
        .lastName(Objects.requireNonNull(name(row.lastName()))).middleName(name(row.middleName()))
        .email(Objects.requireNonNull(email(row.email()))).mobile(mobile(row.mobile()))
        .dateOfBirth(birthDate(row.dateOfBirth())).profileImage(null).build();
  }

  private String hash(String value, int hexDigits) {
    MessageDigest digest = Sha256.newDigest();
    digest.update((salt + "\n" + value).getBytes(StandardCharsets.UTF_8));
    return Fingerprints.hex(digest).substring(0, hexDigits);
  }
}
