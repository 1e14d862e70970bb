package io.github.hrsync.sync.jobticket;

import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.PermissionDeniedException;
import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import io.github.hrsync.sync.plan.ApplyGate;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.GuardRefusedException;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.StalePlanException;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.roster.Roster;
import io.github.hrsync.sync.roster.RosterValidationException;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.HrIntegration;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.jobticket.ListOptions;
import io.github.hrsync.core.internal.http.LastExchange;
import io.github.hrsync.jobticket.SyncAccepted;
import io.github.hrsync.jobticket.SyncEmployee;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * id and JobTicket's canonical base URL ({@link JobTicketClient#baseUrl()}), the payload (every
 * field JobTicket receives; a roster that differs only in fields JobTicket never sees sends the
 * same replace) and, for every employee JobTicket lists, its link and what the plan does to it,
 * so an approval never carries over to another integration, another payload or another outcome.
 * A plan saved with {@link JobTicketPlan#writeJson} and read back is the same plan. A restart with the same export, in any
 * order, against the same state has the same {@code syncId} and is deduplicated.
 *
 * <pre>{@code
 * JobTicketSync sync = new JobTicketSync(jobTicket, 7, SafetyGuard.defaults());
 * JobTicketPlan plan = sync.plan(roster);
 * System.out.println(plan.render());
 * JobTicketResult result = sync.apply(plan);   // throws GuardRefusedException
 * }</pre>
 *
 * <p>To sync both targets, use {@link io.github.hrsync.sync.RosterSync}. Thread-safe.
 */
public final class JobTicketSync {
  /** The most integration ids an unknown integration's error names. */
  private static final int KNOWN_INTEGRATIONS_NAMED = 10;

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
   * First checks that the integration exists (Get HR Integration): an unknown id fails here,
   * not when the replace is sent, naming the integrations the key sees (a base URL that has no
   * integrations at all fails as a wrong base URL); a key without the {@code view-hr-integrations} permission,
   * which a sync does not need, gets a plan warning instead.
   *
   * @param roster the complete roster
   * @return the plan
   * @throws UnknownIntegrationException when JobTicket has no such integration for this key
   * @throws io.github.hrsync.core.error.UnexpectedResponseException when the listing cannot be read
   *     whole (it ends short of its reported total, or does not end)
   */
  public JobTicketPlan plan(Roster roster) {
    return compute(new SortedPayload(roster), integrationUnchecked());
  }

  /** @return why the integration could not be checked, or {@code null} when it exists */
  private @Nullable String integrationUnchecked() {
    try {
      client.getHrIntegration(integrationId);
      return null;
    } catch (NotFoundException e) {
      // the id, or the base URL? A listing that 404s too says the base URL is wrong
      List<Long> known = client.listHrIntegrations(ListOptions.defaults()).stream()
          .limit(KNOWN_INTEGRATIONS_NAMED).map(HrIntegration::id).toList();
      throw new UnknownIntegrationException(integrationId, client.baseUrl(), known, e);
    } catch (PermissionDeniedException e) {
      return "HR integration " + integrationId + " could not be checked: the API key lacks the "
          + "view-hr-integrations permission (403), which a sync does not need; an unknown id "
          + "would fail only when the replace is sent";
    }
  }

  private JobTicketPlan compute(SortedPayload payload, @Nullable String warning) {
    ReplaceJoin join = new ReplaceJoin(client.baseUrl(), integrationId, payload.roster(),
        LocalDate.now(clock), options);
    if (warning != null) {
      join.warn(warning);
    }
    for (Employee employee : client.listEmployees()) {
      join.add(employee);
    }
    return join.plan(payload, guard);
  }

  /**
   * Sends a planned roster replace, after checking it against JobTicket as it is now and the
   * guard, when the guard allows it.
   *
   * @param plan the plan to send, exactly; only its payload and fingerprint are used
   * @return the acceptance
   * @throws StalePlanException when JobTicket changed since the plan, or the plan is not what
   *     {@link #plan} made for this integration; nothing was sent
   * @throws GuardRefusedException when the guard refuses; nothing was sent
   */
  public JobTicketResult apply(JobTicketPlan plan) {
    return apply(plan, Approvals.none());
  }

  /**
   * Sends a planned roster replace, after checking it against JobTicket as it is now and the
   * guard. A plan the guard refuses is sent only with an approval of its exact fingerprint for
   * {@link Target#JOBTICKET} (never an empty roster, which JobTicket cannot take).
   *
   * @param plan the plan to send, exactly; only its payload and fingerprint are used
   * @param approvals the approvals given ({@link Approvals#none()} for none)
   * @return the acceptance
   * @throws StalePlanException when JobTicket changed since the plan, or the plan is not what
   *     {@link #plan} made for this integration; nothing was sent
   * @throws GuardRefusedException when the guard refuses and the plan is not approved
   */
  public JobTicketResult apply(JobTicketPlan plan, Approvals approvals) {
    return apply(plan, approvals, ApplyGate.none());
  }

  /**
   * Sends a planned roster replace as {@link #apply(JobTicketPlan, Approvals)} does, enforcing
   * the verdict {@code gate} returns for the verdict computed now, before anything is sent.
   *
   * @param plan the plan to send, exactly; only its payload and fingerprint are used
   * @param approvals the approvals given ({@link Approvals#none()} for none)
   * @param gate told the verdict computed now, before anything is sent
   * @return the acceptance
   * @throws StalePlanException when JobTicket changed since the plan, or the plan is not what
   *     {@link #plan} made for this integration; nothing was sent
   * @throws GuardRefusedException when the gate's verdict refuses and the plan is not
   *     approved; nothing was sent
   */
  public JobTicketResult apply(JobTicketPlan plan, Approvals approvals, ApplyGate gate) {
    Objects.requireNonNull(approvals, "approvals");
    Objects.requireNonNull(gate, "gate");
    if (plan.integrationId() != integrationId) {
      throw new StalePlanException(List.of("the plan is for integration "
          + plan.integrationId() + ", this sync is for integration " + integrationId));
    }
    JobTicketPlan fresh = compute(plan.payload() instanceof SortedPayload sorted ? sorted
        : new SortedPayload(rosterOf(plan.payload())), null);
    if (!fresh.fingerprint().equals(plan.fingerprint())) {
      throw new StalePlanException(List.of("JobTicket no longer matches the plan "
          + plan.fingerprint() + " (now " + fresh.fingerprint() + "): " + fresh.currentCount()
          + " current employees, " + fresh.offboarded().size() + " to offboard; the plan "
          + "said " + plan.currentCount() + " and " + plan.offboarded().size()));
    }
    Verdict verdict = gate.admit(fresh, fresh.verdict());
    if (!verdict.admits(fresh, approvals.forTarget(Target.JOBTICKET))) {
      throw GuardRefusedException.of(fresh, verdict);
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


  /**
   * The roster of a payload {@link #plan} did not make (a plan built by hand): it must be a valid
   * roster, as every payload {@link #plan} makes is.
   */
  private Roster rosterOf(List<SyncEmployee> payload) {
    List<SourceEmployee> rows = new ArrayList<>(payload.size());
    for (SyncEmployee employee : payload) {
      rows.add(SourceEmployee.builder(employee.hrId(), employee.firstName(),
              employee.lastName(), employee.email())
          .profileImage(employee.profileImage()).dateOfBirth(employee.dateOfBirth())
          .startDate(employee.startDate()).terminationDate(employee.terminationDate())
          .autoSyncEmployee(employee.autoSyncEmployee()).absences(employee.absences())
          .build());
    }
    try {
      return Roster.of(rows, clock);
    } catch (RosterValidationException e) {
      throw new StalePlanException(List.of("the plan's payload is not a roster this sync could "
          + "have planned: " + e.issues().size() + " problem(s), first " + e.issues().get(0)));
    }
  }
}
