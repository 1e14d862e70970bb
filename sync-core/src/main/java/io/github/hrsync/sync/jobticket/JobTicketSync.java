package io.github.hrsync.sync.jobticket;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.sync.internal.Fingerprints;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.GuardCounts;
import io.github.hrsync.sync.plan.MassRemovalRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.core.internal.text.TextRules;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.core.internal.json.StreamingJsonInputStream;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.HrIntegrationLink;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.core.internal.http.LastExchange;
import io.github.hrsync.jobticket.SyncAccepted;
import io.github.hrsync.jobticket.SyncEmployee;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The guarded JobTicket roster replace. JobTicket's sync offboards everybody missing from the
 * roster, so this engine first lists the employees JobTicket has, plans the replace, and refuses
 * to send when the guard refuses the plan, unless the caller approves that exact plan by its
 * fingerprint.
 *
 * <p>What counts as a removal: a current employee the roster leaves out, and a current employee
 * whose roster row has a {@code terminationDate} on or before today (JobTicket offboards them
 * too). Employees JobTicket has already offboarded ({@link Employee#isOffboarded}) are neither
 * current nor removals, and their rows, kept in the export with a past {@code terminationDate},
 * are not adds. A listing that ends short of its reported total is refused, never read as a
 * smaller company.
 *
 * <p>{@link #apply} trusts nothing in the plan it is given but its payload and fingerprint: it
 * lists JobTicket again, computes the plan afresh, refuses with {@link StalePlanException} when
 * the fingerprint differs (JobTicket changed, or the plan was edited or built by hand), and checks
 * the guard on the fresh numbers. The fingerprint and the {@code syncId} cover the integration
 * id, the payload and the state of every employee, so an approval never carries over to another
 * integration or another state.
 *
 * <pre>{@code
 * JobTicketSync sync = new JobTicketSync(jobTicket, 7, SafetyGuard.defaults());
 * JobTicketPlan plan = sync.plan(roster);
 * System.out.println(plan.render());
 * JobTicketResult result = sync.apply(plan);   // throws MassRemovalRefusedException
 * }</pre>
 *
 * <p>To sync both targets, use {@link io.github.hrsync.sync.RosterSync}. Thread-safe.
 */
public final class JobTicketSync {
  private final JobTicketClient client;
  private final long integrationId;
  private final SafetyGuard guard;
  private final Clock clock;
  private final JobTicketOptions options;

  /**
   * A roster replace that reads "today" (for termination dates) on the system clock's zone.
   *
   * @param client the JobTicket client
   * @param integrationId the HR integration to sync
   * @param guard the offboarding limit
   */
  public JobTicketSync(JobTicketClient client, long integrationId, SafetyGuard guard) {
    this(client, integrationId, guard, Clock.systemDefaultZone());
  }

  /**
   * @param client the JobTicket client
   * @param integrationId the HR integration to sync
   * @param guard the offboarding limit
   * @param clock the clock (and zone) today's date is read from
   */
  public JobTicketSync(JobTicketClient client, long integrationId, SafetyGuard guard,
      Clock clock) {
    this(client, integrationId, guard, clock, JobTicketOptions.defaults());
  }

  /**
   * @param client the JobTicket client
   * @param integrationId the HR integration to sync
   * @param guard the limits
   * @param clock the clock (and zone) today's date is read from
   * @param options how JobTicket's undocumented behaviour is read (harmful by default)
   */
  public JobTicketSync(JobTicketClient client, long integrationId, SafetyGuard guard,
      Clock clock, JobTicketOptions options) {
    if (integrationId <= 0) {
      throw new IllegalArgumentException("integrationId must be positive, was " + integrationId);
    }
    this.client = Objects.requireNonNull(client, "client");
    this.integrationId = integrationId;
    this.guard = Objects.requireNonNull(guard, "guard");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Lists JobTicket's employees and computes what sending {@code roster} would do. Sends nothing.
   *
   * @param roster the complete roster
   * @return the plan
   * @throws io.github.hrsync.core.error.UnexpectedResponseException when the listing cannot be read
   *     whole (it ends short of its reported total, or does not end)
   */
  public JobTicketPlan plan(Roster roster) {
    return compute(roster.employees().stream()
        .map(JobTicketSync::toSyncEmployee)
        .sorted(Comparator.comparing(SyncEmployee::hrId))
        .toList());
  }

  private JobTicketPlan compute(List<SyncEmployee> payload) {
    LocalDate today = LocalDate.now(clock);
    // a roster row leaves both indexes when matched, so nobody else can match it again
    CaseInsensitiveIndex<SyncEmployee> byHrId = new CaseInsensitiveIndex<>(payload.size());
    CaseInsensitiveIndex<SyncEmployee> byEmail = new CaseInsensitiveIndex<>(payload.size());
    for (SyncEmployee employee : payload) {
      byHrId.putIfAbsent(employee.hrId(), employee);
      byEmail.putIfAbsent(employee.email(), employee);
    }
    List<JobTicketPlan.Update> updated = new ArrayList<>();
    List<JobTicketPlan.Offboarded> offboarded = new ArrayList<>();
    GuardCounts counts = new GuardCounts(payload.size());
    Readings readings = new Readings();
    MessageDigest state = Fingerprints.sha256();
    state.update(("integration " + integrationId + "\n").getBytes(StandardCharsets.UTF_8));
    Fingerprints.Line line = new Fingerprints.Line(state);
    int current = 0;
    for (Employee employee : client.listEmployees()) {
      HrIntegrationLink link = employee.hrIntegrationLink(integrationId).orElse(null);
      String hrId = link == null ? null : link.hrId();
      boolean gone = employee.isOffboarded(today);
      // lastSyncId is part of the state: once a sync is processed, the same roster is a new sync
      line.add(employee.id()).add("|").add(hrId).add("|")
          .add(link == null ? null : link.lastSyncId()).add("|").add(gone).add("|")
          .add(employee.firstName()).add("|").add(employee.lastName()).add("|")
          .add(employee.email()).end();
      if (gone) {
        SyncEmployee row = hrId == null ? null : byHrId.get(hrId);
        if (row != null && hasLeft(row, today)) {
          // a leaver JobTicket has already offboarded, still in the export with a past
          // terminationDate, is neither an add nor a removal: the replace converges
          byHrId.remove(row.hrId());
          byEmail.remove(row.email());
        } else if (row != null) {
          counts.add(Dimension.REACTIVATIONS, 1); // a rehire: the row is an add as well
        }
        continue;
      }
      current++;
      SyncEmployee wanted = match(employee, hrId, byHrId, byEmail, readings);
      if (wanted == null && readings.harmful) {
        readings.harmful = false;
        if (hrId != null) {
          offboarded.add(new JobTicketPlan.Offboarded(employee.id(), hrId, employee.email(),
              "hrId differs only in letter case from the roster's"));
        }
        continue;
      }
      if (wanted == null) {
        offboarded.add(new JobTicketPlan.Offboarded(employee.id(), hrId, employee.email(),
            "not in the roster"));
      } else if (hasLeft(wanted, today)) {
        offboarded.add(new JobTicketPlan.Offboarded(employee.id(), hrId, employee.email(),
            "terminationDate " + wanted.terminationDate() + " is not after today " + today));
      } else {
        List<String> changes = changedFields(employee, wanted);
        if (!changes.isEmpty()) {
          updated.add(new JobTicketPlan.Update(wanted.hrId(), changes));
          counts.identity(employee.firstName(), employee.lastName(), employee.email(),
              wanted.firstName(), wanted.lastName(), wanted.email(),
              employee.dateOfBirth() != null && wanted.dateOfBirth() != null
                  && !employee.dateOfBirth().equals(wanted.dateOfBirth()));
        }
      }
    }
    List<String> added = payload.stream().map(SyncEmployee::hrId)
        .filter(hrId -> byHrId.get(hrId) != null).toList();
    updated.sort(Comparator.comparing(JobTicketPlan.Update::hrId));
    offboarded.sort(Comparator.comparingLong(JobTicketPlan.Offboarded::employeeId));
    counts.add(Dimension.REMOVALS, offboarded.size())
        .add(Dimension.LOOKALIKES, readings.emailMatches);
    String digest = fingerprint(payload, Fingerprints.hex(state));
    // JobTicket's sync cannot be sent empty, so no approval can let an empty roster through
    Verdict verdict = guard.verdict("offboard", "employees", current, counts, false);
    return new JobTicketPlan(integrationId, "hrsync-" + digest.substring(0, 32),
        digest.substring(0, Fingerprints.SHORT), current, added, updated, offboarded, payload,
        verdict, readings.warnings(integrationId));
  }

  /** What the harmful readings counted, for the plan's warnings. */
  private static final class Readings {
    int caseOnly;
    int emailMatches;
    /** Whether the last {@link #match} declined a match under a harmful reading. */
    boolean harmful;
    final List<String> examples = new ArrayList<>();

    void note(String example) {
      harmful = true;
      if (examples.size() < 3) {
        examples.add(example);
      }
    }

    List<String> warnings(long integrationId) {
      List<String> warnings = new ArrayList<>();
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
      if (!examples.isEmpty()) {
        warnings.add("for example: " + String.join(", ", examples));
      }
      return warnings;
    }
  }

  /**
   * The roster row an employee JobTicket has now corresponds to, taken out of both indexes; or
   * {@code null}, with {@link Readings#harmful} set when only a mild reading would match it (the
   * row then stays an add).
   */
  private @Nullable SyncEmployee match(Employee employee, @Nullable String hrId,
      CaseInsensitiveIndex<SyncEmployee> byHrId, CaseInsensitiveIndex<SyncEmployee> byEmail,
      Readings readings) {
    SyncEmployee wanted;
    if (hrId != null) {
      wanted = byHrId.get(hrId);
      if (wanted != null && !wanted.hrId().equals(hrId) && !options.hrIdCaseInsensitive()) {
        readings.caseOnly++;
        readings.note("employee " + employee.id() + " (hrId '" + hrId + "', roster '"
            + wanted.hrId() + "')");
        return null;
      }
    } else {
      String email = employee.email();
      wanted = email == null ? null : byEmail.get(email);
      if (email != null && wanted != null && !options.emailMatchAcrossIntegrations()) {
        readings.emailMatches++;
        byEmail.remove(email);
        readings.note("employee " + employee.id() + " (" + wanted.hrId() + ")");
        return null;
      }
    }
    if (wanted != null) {
      byHrId.remove(wanted.hrId());
      byEmail.remove(wanted.email());
    }
    return wanted;
  }

  /**
   * Sends a planned roster replace, after checking it against JobTicket as it is now and the
   * guard, when the guard allows it.
   *
   * @param plan the plan to send, exactly; only its payload and fingerprint are used
   * @return the acceptance
   * @throws StalePlanException when JobTicket changed since the plan, or the plan is not what
   *     {@link #plan} made for this integration; nothing was sent
   * @throws MassRemovalRefusedException when the guard refuses; nothing was sent
   */
  public JobTicketResult apply(JobTicketPlan plan) {
    return apply(plan, null);
  }

  /**
   * Sends a planned roster replace, after checking it against JobTicket as it is now and the
   * guard. A plan the guard refuses is sent only with an approval of its exact fingerprint
   * (never an empty roster, which JobTicket cannot take).
   *
   * @param plan the plan to send, exactly; only its payload and fingerprint are used
   * @param approval the approval of a plan the guard refused, if any
   * @return the acceptance
   * @throws StalePlanException when JobTicket changed since the plan, or the plan is not what
   *     {@link #plan} made for this integration; nothing was sent
   * @throws MassRemovalRefusedException when the guard refuses and the plan is not approved
   */
  public JobTicketResult apply(JobTicketPlan plan, @Nullable Approval approval) {
    if (plan.integrationId() != integrationId) {
      throw new StalePlanException(List.of("the plan is for integration "
          + plan.integrationId() + ", this sync is for integration " + integrationId));
    }
    JobTicketPlan fresh = compute(plan.payload());
    if (!fresh.fingerprint().equals(plan.fingerprint())) {
      throw new StalePlanException(List.of("JobTicket no longer matches the plan "
          + plan.fingerprint() + " (now " + fresh.fingerprint() + "): " + fresh.currentCount()
          + " current employees, " + fresh.offboarded().size() + " to offboard; the plan "
          + "said " + plan.currentCount() + " and " + plan.offboarded().size()));
    }
    if (!fresh.verdict().admits(fresh, approval)) {
      throw MassRemovalRefusedException.of(fresh);
    }
    LastExchange.take();
    long started = System.nanoTime();
    SyncAccepted accepted = client.triggerSync(integrationId, fresh.syncId(), fresh.payload());
    // a client of the caller's own making leaves no exchange: the answer is then unknown
    LastExchange exchange = LastExchange.take();
    return new JobTicketResult(fresh, accepted, exchange == null ? 0 : exchange.status(),
        exchange == null ? 0 : exchange.attempts(), exchange == null ? null
        : exchange.requestId(), Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Counts the roster employees JobTicket shows as processed by a sync (the employees it
   * offboarded are not counted).
   *
   * @param result the accepted sync
   * @return the progress
   */
  public SyncProgress progress(JobTicketResult result) {
    String syncId = result.plan().syncId();
    List<SyncEmployee> payload = result.plan().payload();
    CaseInsensitiveIndex<SyncEmployee> roster = new CaseInsensitiveIndex<>(payload.size());
    payload.forEach(employee -> roster.putIfAbsent(employee.hrId(), employee));
    int processed = 0;
    for (Employee employee : client.listEmployees()) {
      if (employee.hrIntegrationLink(integrationId)
          .filter(link -> syncId.equals(link.lastSyncId()) && link.hrId() != null
              && roster.get(link.hrId()) != null).isPresent()) {
        processed++;
      }
    }
    return new SyncProgress(syncId, processed, result.plan().payload().size());
  }


  static SyncEmployee toSyncEmployee(SourceEmployee source) {
    return SyncEmployee.builder(source.hrId())
        .firstName(source.firstName())
        .lastName(source.lastName())
        .email(source.email())
        .profileImage(source.profileImage())
        .dateOfBirth(source.dateOfBirth())
        .startDate(source.startDate())
        .terminationDate(source.terminationDate())
        .autoSyncEmployee(source.autoSyncEmployee())
        .absences(source.absences())
        .build();
  }

  /** The fields a preview compares, in the order it names them. */
  private static final List<String> COMPARED =
      List.of("firstName", "lastName", "email", "dateOfBirth", "profileImage");
  /** One shared, immutable list per set of changed fields: a million updates share 31 lists. */
  private static final List<List<String>> CHANGE_SETS = changeSets();

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

  private static List<String> changedFields(Employee now, SyncEmployee wanted) {
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
    return CHANGE_SETS.get(mask);
  }

  /** JobTicket offboards a row whose terminationDate is on or before today (its own rule). */
  private static boolean hasLeft(SyncEmployee row, LocalDate today) {
    return row.terminationDate() != null && !row.terminationDate().isAfter(today);
  }

  private static String fingerprint(List<SyncEmployee> payload, String currentState) {
    MessageDigest digest = Fingerprints.sha256();
    Fingerprints.update(digest, new StreamingJsonInputStream(
        Json.mapper().writerFor(SyncEmployee.class), Map.of(), "employees", payload.iterator()));
    digest.update(currentState.getBytes(StandardCharsets.UTF_8));
    return Fingerprints.hex(digest);
  }
}
