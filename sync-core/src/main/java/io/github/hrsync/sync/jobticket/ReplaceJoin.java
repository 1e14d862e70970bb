package io.github.hrsync.sync.jobticket;

import io.github.hrsync.core.internal.text.Sha256;
import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.core.internal.text.TextRules;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.Subscription;
import io.github.hrsync.sync.internal.Lookalikes;
import io.github.hrsync.jobticket.HrIntegrationLink;
import io.github.hrsync.sync.internal.Fingerprints;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.GuardCounts;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One computation of a roster replace's plan: JobTicket's listing joined with the roster, one
 * employee at a time, through the roster's own index (nothing of the size of the roster is built
 * but a byte per row). Not thread-safe; one per plan.
 *
 * <p>The plan's fingerprint and {@code syncId} name what the replace does: the payload (its
 * {@link Roster#jobTicketDigest()}, so a roster that differs only in what JobTicket never sees
 * names the same replace), and for every employee listed, in listing
 * order, its id, the roster row it corresponds to (by its position in {@code hrId} order), its
 * link's {@code lastSyncId}, and what the plan does to it (the outcome below, with the fields
 * it changes), plus the {@code hrId} and e-mail of one it offboards or that has no link. Names
 * JobTicket has now are not part of it: a name the replace overwrites either way does not change
 * what it does.
 */
final class ReplaceJoin {
  private static final int GONE = 0;
  private static final int GONE_LEAVER = 1;
  private static final int GONE_REHIRED = 2;
  private static final int NOT_IN_ROSTER = 3;
  private static final int CASE_ONLY = 4;
  private static final int EMAIL_ONLY = 5;
  private static final int LEFT = 6;
  /** Plus the mask of the changed fields. */
  private static final int MATCHED = 8;

  /** The fields a preview compares, in the order it names them. */
  private static final List<String> COMPARED =
      List.of("firstName", "lastName", "email", "dateOfBirth", "profileImage");
  /** One shared, immutable list per set of changed fields: a million updates share 31 lists. */
  private static final List<List<String>> CHANGE_SETS = changeSets();
  /** The most {@code lastSyncId}s {@link #syncIds} keeps. */
  private static final int MAX_SYNC_IDS = 256;

  private final long integrationId;
  private final LocalDate today;
  private final JobTicketOptions options;
  private final List<SourceEmployee> rows;
  private final Claims claims;
  private final List<JobTicketPlan.Update> updated = new ArrayList<>();
  private final List<JobTicketPlan.Offboarded> offboarded = new ArrayList<>();
  private final List<LocalDate> removalDates = new ArrayList<>();
  /** The e-mails of the employees without a link to this integration. */
  private final Lookalikes.Index unlinked = new Lookalikes.Index();
  private final GuardCounts counts;
  private final Readings readings = new Readings();
  private final Fingerprints.Line state = new Fingerprints.Line(Sha256.newDigest());
  /** Each {@code lastSyncId} by the order it was first seen: most employees share one. */
  private final Map<String, Integer> syncIds = new HashMap<>();
  private int current;

  ReplaceJoin(String baseUrl, long integrationId, Roster roster, LocalDate today,
      JobTicketOptions options) {
    this.integrationId = integrationId;
    this.today = today;
    this.options = options;
    this.rows = roster.employeesByHrId();
    this.claims = new Claims(roster);
    this.counts = new GuardCounts(roster.size());
    state.text(baseUrl).number(integrationId).end();
  }

  /**
   * Joins one employee JobTicket has.
   *
   * @param employee the employee
   */
  void add(Employee employee) {
    HrIntegrationLink link = employee.hrIntegrationLink(integrationId).orElse(null);
    String hrId = link == null ? null : link.hrId();
    boolean gone = employee.isOffboarded(today);
    if (hrId == null && employee.email() != null) {
      // of no link to this integration: a roster row that becomes an add may be this person
      unlinked.addEmail(employee.email());
    }
    Subscription subscription = employee.subscription();
    LocalDate cancelled = subscription == null ? null : subscription.cancelledAt();
    if (gone && hrId != null && cancelled != null) {
      removalDates.add(cancelled); // evidence of a removal that no run log can lose
    }
    // the row it corresponds to: by hrId when linked, else (when current) by e-mail
    int row = hrId != null ? claims.byHrId(hrId)
        : gone || employee.email() == null ? -1 : claims.byEmail(employee.email());
    int outcome = gone ? gone(row) : current(employee, hrId, row);
    state.number(employee.id()).number(row).number(outcome);
    // lastSyncId is part of the state: once a sync is processed, the same roster is a new sync
    syncId(link == null ? null : link.lastSyncId());
    if (hrId == null || outcome == NOT_IN_ROSTER || outcome == CASE_ONLY || outcome == LEFT) {
      // what an offboarding names, and the key an employee without a link is matched by
      state.text(hrId).text(employee.email());
    }
    state.end();
  }

  private int gone(int row) {
    if (row < 0) {
      return GONE;
    }
    SourceEmployee leaving = rows.get(row);
    if (leaving.terminationDate() != null) {
      // a leaver JobTicket has already offboarded, still in the export with a terminationDate,
      // is neither an add nor a removal, whether the date is past or ahead (a JobTicket that
      // acts on a date as soon as it is sent): the replace converges
      if (!hasLeft(leaving)) {
        readings.offboardedEarly++;
      }
      claims.claim(row);
      return GONE_LEAVER;
    }
    counts.add(Dimension.REACTIVATIONS, 1); // a rehire: the row is an add as well
    return GONE_REHIRED;
  }

  private int current(Employee employee, @Nullable String hrId, int row) {
    current++;
    if (row < 0) {
      offboarded.add(new JobTicketPlan.Offboarded(employee.id(), hrId, employee.email(),
          "not in the roster"));
      return NOT_IN_ROSTER;
    }
    SourceEmployee wanted = rows.get(row);
    if (hrId != null && !wanted.hrId().equals(hrId) && !options.hrIdCaseInsensitive()) {
      // only a case-insensitive JobTicket would match it: the row stays an add
      readings.caseOnly++;
      readings.note("employee " + employee.id() + " (hrId '" + hrId + "', roster '"
          + wanted.hrId() + "')");
      offboarded.add(new JobTicketPlan.Offboarded(employee.id(), hrId, employee.email(),
          "hrId differs only in letter case from the roster's"));
      return CASE_ONLY;
    }
    if (hrId == null && !options.emailMatchAcrossIntegrations()) {
      // only a JobTicket matching across integrations would match it: an add beside a look-alike
      readings.emailMatches++;
      claims.declineEmail(row);
      readings.note("employee " + employee.id() + " (" + wanted.hrId() + ")");
      return EMAIL_ONLY;
    }
    claims.claim(row);
    if (hasLeft(wanted)) {
      offboarded.add(new JobTicketPlan.Offboarded(employee.id(), hrId, employee.email(),
          "terminationDate " + wanted.terminationDate() + " is not after today " + today));
      return LEFT;
    }
    if (wanted.terminationDate() != null && !options.futureTerminationWaits()) {
      // the harmful reading: a JobTicket that acts on a date as soon as it is sent offboards
      // this employee now; the guard counts it, the plan changes nothing for it
      readings.futureTerminations++;
      counts.add(Dimension.REMOVALS, 1);
    }
    int mask = changedFields(employee, wanted);
    if (mask != 0) {
      updated.add(new JobTicketPlan.Update(wanted.hrId(), CHANGE_SETS.get(mask)));
      counts.identity(employee.firstName(), employee.lastName(), employee.email(),
          wanted.firstName(), wanted.lastName(), wanted.email(),
          employee.dateOfBirth() != null
              && !employee.dateOfBirth().equals(wanted.dateOfBirth()));
    }
    return MATCHED + mask;
  }

  /** @param warning a warning of the engine's own, for the plan's warnings */
  void warn(String warning) {
    readings.engine.add(warning);
  }

  private void syncId(@Nullable String lastSyncId) {
    if (lastSyncId == null) {
      state.number(0);
      return;
    }
    Integer seen = syncIds.get(lastSyncId);
    if (seen != null) {
      state.number(2 + seen);
      return;
    }
    // bounded: a listing where every employee has a lastSyncId of its own is hashed in full
    if (syncIds.size() < MAX_SYNC_IDS) {
      syncIds.put(lastSyncId, syncIds.size());
    }
    state.number(1).text(lastSyncId);
  }

  /**
   * The plan, once every employee is joined.
   *
   * @param payload what the replace sends: the roster's rows
   * @param guard the limits
   * @return the plan
   */
  JobTicketPlan plan(SortedPayload payload, SafetyGuard guard) {
    List<String> added = new ArrayList<>();
    int lookalikes = 0;
    for (int position = 0; position < rows.size(); position++) {
      if (!claims.claimed(position)) {
        SourceEmployee row = rows.get(position);
        added.add(row.hrId()); // in hrId order, as the rows are
        if (unlinked.hasEmail(row.email())) {
          // it may be a person JobTicket has without a link to this integration: the same
          // e-mail, or one that differs by a +tag, dots or a subdomain
          lookalikes++;
        }
      }
    }
    updated.sort(Comparator.comparing(JobTicketPlan.Update::hrId));
    offboarded.sort(Comparator.comparingLong(JobTicketPlan.Offboarded::employeeId));
    counts.add(Dimension.REMOVALS, offboarded.size())
        .add(Dimension.LOOKALIKES, lookalikes);
    MessageDigest fingerprint = Sha256.newDigest();
    fingerprint.update((payload.roster().jobTicketDigest() + state.hex())
        .getBytes(StandardCharsets.US_ASCII));
    String digest = Fingerprints.hex(fingerprint);
    removalDates.sort(null); // oldest first
    // JobTicket's sync cannot be sent empty, so no approval can let an empty roster through
    Verdict verdict = guard.verdict("offboard", "employees", current, counts, false);
    return new JobTicketPlan(integrationId, "hrsync-" + digest.substring(0, 32),
        digest.substring(0, Fingerprints.SHORT), current, added, updated, offboarded, payload,
        verdict, readings.warnings(integrationId), removalDates);
  }

  private static List<List<String>> changeSets() {
    List<List<String>> sets = new ArrayList<>();
    for (int mask = 0; mask < 1 << COMPARED.size(); mask++) {
      List<String> fields = new ArrayList<>();
      for (int bit = 0; bit < COMPARED.size(); bit++) {
        if ((mask & 1 << bit) != 0) {
          fields.add(COMPARED.get(bit));
        }
      }
      sets.add(List.copyOf(fields));
    }
    return List.copyOf(sets);
  }

  private static int changedFields(Employee now, SourceEmployee wanted) {
    int mask = 0;
    if (!Objects.equals(now.firstName(), wanted.firstName())) {
      mask |= 1;
    }
    if (!Objects.equals(now.lastName(), wanted.lastName())) {
      mask |= 1 << 1;
    }
    if (now.email() == null || !TextRules.sameFolded(now.email(), wanted.email())) {
      mask |= 1 << 2;
    }
    if (!Objects.equals(now.dateOfBirth(), wanted.dateOfBirth())) {
      mask |= 1 << 3;
    }
    if (!Objects.equals(now.profileImage(), wanted.profileImage())) {
      mask |= 1 << 4;
    }
    return mask;
  }

  /** JobTicket offboards a row whose terminationDate is on or before today (its own rule). */
  private boolean hasLeft(SourceEmployee row) {
    return row.terminationDate() != null && !row.terminationDate().isAfter(today);
  }

  /**
   * Which roster rows the listing has matched so far, by position in
   * {@link Roster#employeesByHrId()}: a row matched once is matched by neither its hrId nor its
   * e-mail again.
   */
  private static final class Claims {
    private static final byte CLAIMED = 1;
    /** Declined by e-mail under the harmful reading: still an add, not matched by e-mail again. */
    private static final byte EMAIL_DECLINED = 2;
    private final Roster roster;
    private final byte[] state;
    /** Built when the listing first has an employee without a link: rare once synced. */
    private @Nullable CaseInsensitiveIndex<Integer> byEmail;

    Claims(Roster roster) {
      this.roster = roster;
      this.state = new byte[roster.size()];
    }

    /** @return the position of the unclaimed row with this hrId (ignoring case), or -1 */
    int byHrId(String hrId) {
      int position = roster.sortedIndexOf(hrId);
      return position < 0 || claimed(position) ? -1 : position;
    }

    /** @return the position of the row with this e-mail (ignoring case) still free, or -1 */
    int byEmail(String email) {
      if (byEmail == null) {
        List<SourceEmployee> rows = roster.employeesByHrId();
        byEmail = new CaseInsensitiveIndex<>(rows.size());
        for (int position = 0; position < rows.size(); position++) {
          byEmail.putIfAbsent(rows.get(position).email(), position);
        }
      }
      Integer position = byEmail.get(email);
      return position == null || state[position] != 0 ? -1 : position;
    }

    void claim(int position) {
      state[position] |= CLAIMED;
    }

    void declineEmail(int position) {
      state[position] |= EMAIL_DECLINED;
    }

    boolean claimed(int position) {
      return (state[position] & CLAIMED) != 0;
    }
  }

  /** What the harmful readings counted, for the plan's warnings. */
  private static final class Readings {
    int caseOnly;
    int emailMatches;
    int offboardedEarly;
    int futureTerminations;
    final List<String> engine = new ArrayList<>(1);
    final List<String> examples = new ArrayList<>();

    void note(String example) {
      if (examples.size() < 3) {
        examples.add(example);
      }
    }

    List<String> warnings(long integrationId) {
      List<String> warnings = new ArrayList<>(engine);
      if (caseOnly > 0) {
        warnings.add(caseOnly + " employee(s) linked with an hrId that differs from the roster's "
            + "only in letter case are counted as offboarded and added, as a JobTicket that "
            + "compares hrIds exactly would do (JobTicketOptions.withHrIdCaseInsensitive(true) "
            + "when yours does not)");
      }
      if (emailMatches > 0) {
        warnings.add(emailMatches + " roster row(s) match by e-mail an employee with no link to "
            + "integration " + integrationId + "; they are counted as adds beside a look-alike, "
            + "since JobTicket may create a second employee "
            + "(JobTicketOptions.withEmailMatchAcrossIntegrations(true) when it matches them)");
      }
      if (futureTerminations > 0) {
        warnings.add(futureTerminations + " current employee(s) have a terminationDate still "
            + "ahead; the guard counts them as removals, as a JobTicket that acts on a date as "
            + "soon as it is sent would offboard them now (JobTicketOptions"
            + ".withFutureTerminationWaits(true) when yours waits for the date)");
      }
      if (offboardedEarly > 0) {
        warnings.add(offboardedEarly + " employee(s) with a terminationDate still ahead are "
            + "offboarded by JobTicket already: it acted on the date before the day; they are "
            + "left as they are, not added again");
      }
      if (!examples.isEmpty()) {
        warnings.add("for example: " + String.join(", ", examples));
      }
      return warnings;
    }
  }
}
