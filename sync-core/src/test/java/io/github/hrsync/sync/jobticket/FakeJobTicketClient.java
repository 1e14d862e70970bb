package io.github.hrsync.sync.jobticket;

import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.jobticket.DocumentDownload;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.EmployeeDocument;
import io.github.hrsync.jobticket.HealthStatus;
import io.github.hrsync.jobticket.HrIntegration;
import io.github.hrsync.jobticket.HrIntegrationLink;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.jobticket.ListOptions;
import io.github.hrsync.jobticket.SyncAccepted;
import io.github.hrsync.jobticket.Subscription;
import io.github.hrsync.jobticket.SubscriptionStatus;
import io.github.hrsync.jobticket.SyncEmployee;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stateful in-memory JobTicket for one HR integration: the roster replace adds, updates and
 * offboards employees by hrId, and stamps lastSyncId. An offboarded employee stays listed with a
 * cancelled subscription, as JobTicket keeps them; a roster row whose terminationDate has come
 * offboards that employee too. Only what sync-core calls is
 * served; the client's other endpoints are tested against WireMock in jobticket-client.
 */
final class FakeJobTicketClient implements JobTicketClient {
  @Override
  public String baseUrl() {
    return "https://jobticket.invalid/";
  }

  @Override
  public String redact(String text) {
    return text; // holds no credential
  }

  /** The fake's today, and the sync's: termination dates on or before it offboard. */
  static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 6, 15);

  private final long integrationId;
  private final Map<String, Employee> byHrId = new LinkedHashMap<>();
  private final List<String> syncIds = new ArrayList<>();
  private long nextId = 1;
  private volatile @org.jspecify.annotations.Nullable RuntimeException integrationAnswer;

  FakeJobTicketClient(long integrationId) {
    this.integrationId = integrationId;
  }

  synchronized void add(String hrId, String first, String last, String email) {
    byHrId.put(hrId, employee(nextId++, hrId, first, last, email, null));
  }

  /** Changes an employee's last name, as somebody editing JobTicket would. */
  synchronized void rename(String hrId, String lastName) {
    Employee now = byHrId.get(hrId);
    byHrId.put(hrId, employee(now.id(), hrId, now.firstName(), lastName, now.email(), null));
  }

  /** Sets an employee's lastSyncId, as a sync JobTicket processed would. */
  synchronized void stamp(String hrId, String syncId) {
    Employee now = byHrId.get(hrId);
    byHrId.put(hrId, employee(now.id(), hrId, now.firstName(), now.lastName(), now.email(),
        syncId));
  }

  /** Links each of two employees with the other's hrId; both move to the listing's end. */
  synchronized void swapLinks(String one, String other) {
    Employee first = byHrId.remove(one);
    Employee second = byHrId.remove(other);
    byHrId.put(other, employee(first.id(), other, first.firstName(), first.lastName(),
        first.email(), null));
    byHrId.put(one, employee(second.id(), one, second.firstName(), second.lastName(),
        second.email(), null));
  }

  synchronized List<Employee> employees() {
    return List.copyOf(byHrId.values());
  }

  /** @return the employees whose subscription is not cancelled */
  synchronized List<Employee> activeEmployees() {
    return byHrId.values().stream().filter(e -> !e.isOffboarded(TODAY)).toList();
  }

  synchronized List<String> syncIds() {
    return List.copyOf(syncIds);
  }

  private Employee employee(long id, String hrId, String first, String last, String email,
      String syncId) {
    return employee(id, hrId, first, last, email, syncId, "active");
  }

  private Employee employee(long id, String hrId, String first, String last, String email,
      String syncId, String status) {
    Subscription subscription = new Subscription(SubscriptionStatus.of(status), null, null, null,
        status.equals("active") ? null : TODAY, null);
    return new Employee(id, first, last, email, null, null, "employee", subscription, null, null,
        List.of(new HrIntegrationLink("hr-integration", hrId, integrationId, syncId,
            syncId == null ? null : Instant.parse("2026-01-01T00:00:00Z"))), Map.of());
  }

  @Override
  public synchronized PageIterable<Employee> listEmployees(ListOptions options) {
    List<Employee> snapshot = List.copyOf(byHrId.values());
    return new PageIterable<>() {
      @Override
      public Iterable<Page<Employee>> pages() {
        return List.of(new Page<>(snapshot, 1, null, (long) snapshot.size()));
      }

      @Override
      public Iterator<Employee> iterator() {
        return snapshot.iterator();
      }
    };
  }

  @Override
  public synchronized SyncAccepted triggerSync(long id, String syncId,
      Collection<SyncEmployee> employees) {
    syncIds.add(syncId);
    if (syncIds.indexOf(syncId) < syncIds.size() - 1) {
      return new SyncAccepted(id, syncId, employees.size(), Instant.EPOCH); // deduplicated
    }
    Map<String, Employee> next = new LinkedHashMap<>();
    for (SyncEmployee wanted : employees) {
      Employee now = byHrId.get(wanted.hrId());
      long employeeId = now == null ? nextId++ : now.id();
      boolean leaving = wanted.terminationDate() != null && !wanted.terminationDate().isAfter(TODAY);
      next.put(wanted.hrId(), employee(employeeId, wanted.hrId(), wanted.firstName(),
          wanted.lastName(), wanted.email(), syncId, leaving ? "cancelled" : "active"));
    }
    byHrId.forEach((hrId, gone) -> next.computeIfAbsent(hrId, missing -> employee(gone.id(),
        hrId, gone.firstName(), gone.lastName(), gone.email(), syncId, "cancelled")));
    byHrId.clear();
    byHrId.putAll(next);
    return new SyncAccepted(id, syncId, employees.size(), Instant.EPOCH);
  }

  @Override
  public Employee getEmployee(long employeeId) {
    throw new UnsupportedOperationException("not used by sync-core");
  }

  @Override
  public PageIterable<EmployeeDocument> listEmployeeDocuments(long id, ListOptions options) {
    throw new UnsupportedOperationException("not used by sync-core");
  }

  @Override
  public PageIterable<EmployeeDocument> listDocuments(ListOptions options) {
    throw new UnsupportedOperationException("not used by sync-core");
  }

  @Override
  public EmployeeDocument getDocument(long documentId) {
    throw new UnsupportedOperationException("not used by sync-core");
  }

  @Override
  public DocumentDownload downloadDocument(long documentId) {
    throw new UnsupportedOperationException("not used by sync-core");
  }

  @Override
  public PageIterable<HrIntegration> listHrIntegrations(ListOptions options) {
    List<HrIntegration> only = List.of(new HrIntegration(integrationId,
        Map.of("id", integrationId)));
    return new PageIterable<>() {
      @Override
      public Iterable<Page<HrIntegration>> pages() {
        return List.of(new Page<>(only, 1, null, 1L));
      }

      @Override
      public Iterator<HrIntegration> iterator() {
        return only.iterator();
      }
    };
  }

  @Override
  public HrIntegration getHrIntegration(long id) {
    if (integrationAnswer != null) {
      throw integrationAnswer;
    }
    return new HrIntegration(id, java.util.Map.of("id", id));
  }

  /** What Get HR Integration throws from now on (a 403, a 404), instead of answering. */
  void integrationAnswers(RuntimeException failure) {
    this.integrationAnswer = failure;
  }

  @Override
  public HealthStatus health() {
    throw new UnsupportedOperationException("not used by sync-core");
  }

  @Override
  public RateLimiter rateLimiter() {
    return RateLimiter.unlimited();
  }
}
