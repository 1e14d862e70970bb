package io.github.hrsync.sync.roster;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.core.internal.text.TextRules;
import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.time.ZoneOffset;

/** The checks a roster passes before anything is sent. */
final class RosterValidator {
  private static final int MAX_ID_LENGTH = 255;
  /** The earliest date of birth, start or termination accepted. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  /** How far ahead a start or termination date may lie. */
  static final int MAX_YEARS_AHEAD = 50;
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private final List<ValidationIssue> issues = new ArrayList<>();
  private final CaseInsensitiveIndex<Integer> rowByHrId;
  private final CaseInsensitiveIndex<Integer> rowByEmail;

  /** The latest date anywhere on Earth now: a birth date after it is in the future. */
  private final LocalDate today;

  private RosterValidator(int size, Clock clock) {
    today = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
    rowByHrId = new CaseInsensitiveIndex<>(size);
    rowByEmail = new CaseInsensitiveIndex<>(size);
  }

  static List<ValidationIssue> validate(List<SourceEmployee> employees, Clock clock) {
    RosterValidator validator = new RosterValidator(employees.size(), clock);
    for (int i = 0; i < employees.size(); i++) {
      validator.check(i + 1, employees.get(i));
    }
    return List.copyOf(validator.issues);
  }

  private void check(int row, SourceEmployee employee) {
    if (employee == null) {
      issues.add(new ValidationIssue(row, null, "(row)", "is null"));
      return;
    }
    Issues at = new Issues(row, employee.hrId());
    checkKey(at, employee.hrId());
    requiredText(at, "firstName", employee.firstName());
    optionalText(at, "middleName", employee.middleName());
    requiredText(at, "lastName", employee.lastName());
    checkEmail(at, employee.email());
    checkCountry(at, employee.countryCode());
    checkCulture(at, employee.cultureCode());
    checkPhone(at, employee.mobile());
    checkUrl(at, employee.profileImage());
    checkDates(at, employee);
    employee.customFields().forEach((name, value) -> {
      if (name == null || name.isBlank()) {
        at.add("customFields", "a custom field has a blank name");
      } else if (value == null) {
        at.add("customFields." + name, "has no value");
      } else {
        optionalText(at, "customFields." + name, name);
      }
    });
    if (employee.unitExternalId() != null && employee.unitExternalId().strip().length()
        != employee.unitExternalId().length()) {
      at.add("unitExternalId", "must not start or end with white space");
    } else {
      optionalText(at, "unitExternalId", employee.unitExternalId());
    }
    unique(at, "hrId", employee.hrId(), rowByHrId, "ids");
    unique(at, "email", employee.email(), rowByEmail, "e-mails");
  }

  private static void checkKey(Issues at, String hrId) {
    if (hrId.isBlank()) {
      at.add("hrId", "is required");
    } else if (!hrId.strip().equals(hrId)) {
      at.add("hrId", "'" + hrId + "' must not start or end with white space");
    } else if (hrId.length() > MAX_ID_LENGTH) {
      at.add("hrId", "is longer than " + MAX_ID_LENGTH + " characters");
    } else if (hrId.equals(".") || hrId.equals("..")) {
      at.add("hrId", "'" + hrId + "' is not an id: a dot segment would address another record");
    } else {
      optionalText(at, "hrId", hrId);
    }
  }

  private static void requiredText(Issues at, String field, String value) {
    if (value.isBlank()) {
      at.add(field, "is required");
    } else {
      optionalText(at, field, value);
    }
  }

  private static void optionalText(Issues at, String field, @Nullable String value) {
    String unsafe = value == null ? null : TextRules.unsafeCharacter(value);
    if (unsafe != null) {
      at.add(field, "must not contain " + unsafe);
    }
  }

  private static void checkEmail(Issues at, String email) {
    if (email.isBlank()) {
      at.add("email", "is required");
    } else if (!TextRules.isEmail(email)) {
      at.add("email", "'" + email.strip() + "' is not a valid e-mail address (one @, a dotted "
          + "domain, no white space)");
    }
  }

  private static void checkCountry(Issues at, @Nullable String code) {
    if (code == null) {
      return;
    }
    if (!code.matches("[A-Z]{2}")) {
      at.add("countryCode", "'" + code + "' is not an ISO 3166-1 alpha-2 code (two upper-case "
          + "letters, e.g. SE)");
    } else if (!COUNTRIES.contains(code)) {
      at.add("countryCode", "'" + code + "' is not an ISO 3166-1 alpha-2 country");
    }
  }

  private static void checkCulture(Issues at, @Nullable String tag) {
    if (tag == null) {
      return;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      boolean knownLanguage = LANGUAGES.contains(locale.getLanguage());
      boolean knownRegion = locale.getCountry().isEmpty() || COUNTRIES.contains(locale.getCountry());
      if (!knownLanguage || !knownRegion) {
        at.add("cultureCode", "'" + tag + "' names an unknown language or region (e.g. sv-SE)");
      }
    } catch (IllformedLocaleException e) {
      at.add("cultureCode", "'" + tag + "' is not a BCP 47 language tag (e.g. sv-SE)");
    }
  }

  private static void checkPhone(Issues at, @Nullable String mobile) {
    if (mobile == null) {
      return;
    }
    long digits = mobile.chars().filter(Character::isDigit).count();
    if (!PHONE.matcher(mobile).matches() || digits < 6 || digits > 15) {
      at.add("mobile", "'" + mobile + "' is not a phone number (6 to 15 digits; +, spaces, "
          + "dots, dashes and parentheses allowed)");
    }
  }

  private static void checkUrl(Issues at, @Nullable String url) {
    if (url == null) {
      return;
    }
    try {
      URI uri = new URI(url);
      if (!uri.isAbsolute() || uri.getHost() == null
          || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
        at.add("profileImage", "'" + url + "' is not an absolute http(s) URL");
      }
    } catch (URISyntaxException e) {
      at.add("profileImage", "'" + url + "' is not an absolute http(s) URL");
    }
  }

  private void checkDates(Issues at, SourceEmployee employee) {
    LocalDate birth = employee.dateOfBirth();
    LocalDate start = employee.startDate();
    LocalDate end = employee.terminationDate();
    if (birth != null && birth.isBefore(EARLIEST)) {
      at.add("dateOfBirth", birth + " is before " + EARLIEST);
    }
    if (birth != null && birth.isAfter(today)) {
      at.add("dateOfBirth", birth + " is in the future");
    }
    inWindow(at, "startDate", start);
    inWindow(at, "terminationDate", end);
    if (birth != null && start != null && !birth.isBefore(start)) {
      at.add("dateOfBirth", birth + " is not before startDate " + start);
    }
    if (start != null && end != null && end.isBefore(start)) {
      at.add("terminationDate", end + " is before startDate " + start);
    }
  }

  private void inWindow(Issues at, String field, @Nullable LocalDate date) {
    LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
    if (date != null && (date.isBefore(EARLIEST) || date.isAfter(latest))) {
      at.add(field, date + " is outside " + EARLIEST + " to " + latest + " ("
          + MAX_YEARS_AHEAD + " years from today)");
    }
  }

  private static void unique(Issues at, String field, String value,
      CaseInsensitiveIndex<Integer> seen, String kind) {
    if (value.isBlank()) {
      return;
    }
    Integer earlier = seen.putIfAbsent(value, at.row);
    if (earlier != null) {
      at.add(field, "'" + value + "' also appears in row " + earlier + " (" + kind
          + " compare ignoring case)");
    }
  }

  /** Collects the issues of one row. */
  private final class Issues {
    private final int row;
    private final String hrId;

    Issues(int row, String hrId) {
      this.row = row;
      this.hrId = hrId;
    }

    void add(String field, String message) {
      issues.add(new ValidationIssue(row, hrId.isBlank() ? null : hrId, field, message));
    }
  }
}
