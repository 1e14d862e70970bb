package io.github.hrsync.sync.roster;

import io.github.hrsync.core.internal.text.CaseInsensitiveIndex;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validated roster: the complete list of current employees as the HR system knows them. A
 * roster exists only when every row passed validation, so an invalid roster is never sent.
 *
 * <p>Validation: {@code hrId}, {@code firstName}, {@code lastName} and {@code email} present;
 * e-mail syntax; ISO 3166-1 alpha-2 country; BCP 47 culture code with a known language and
 * region; phone numbers of 6 to 15 digits; absolute http(s) profile image URLs; date of birth
 * after 1900 and before the start date; termination not before start; no duplicate
 * {@code hrId} or e-mail, both compared by the shared folding rule (Unicode NFC, upper then
 * lower case in the root locale: {@code ß} equals {@code ss}, {@code ς} equals {@code σ},
 * {@code ı} equals {@code i}). Immutable.
 */
public final class Roster {
  private final List<SourceEmployee> employees;
  /** Never changed after construction, so safe to read from any thread. */
  private final CaseInsensitiveIndex<SourceEmployee> byHrId;
  /** The position in {@link #employees} of the employee in each slot of {@link #byHrId}. */
  private final int[] positionAtSlot;
  /** Made on first use by {@link #hrIdOrder()}; published through the volatile write. */
  private volatile @Nullable HrIdOrder hrIdOrder;
  private final Object hrIdOrderLock = new Object();

  private Roster(List<SourceEmployee> employees) {
    this.employees = List.copyOf(employees);
    this.byHrId = new CaseInsensitiveIndex<>(employees.size());
    this.employees.forEach(e -> byHrId.putIfAbsent(e.hrId(), e));
    this.positionAtSlot = new int[byHrId.capacity()];
    for (int position = this.employees.size() - 1; position >= 0; position--) {
      // backwards, so that the first of rows sharing an hrId (never in a valid roster) wins
      positionAtSlot[byHrId.slotOf(this.employees.get(position).hrId())] = position;
    }
  }

  /**
   * Validates and wraps the employees.
   *
   * @param employees every current employee, in the order of the source
   * @return the roster
   * @throws RosterValidationException naming every problem by row and field
   */
  public static Roster of(List<SourceEmployee> employees) {
    return of(employees, Clock.systemUTC());
  }

  /**
   * Validates and wraps the employees, reading "today" (for dates in the future) on
   * {@code clock}.
   *
   * @param employees every current employee, in the order of the source
   * @param clock the clock today is read from
   * @return the roster
   * @throws RosterValidationException naming every problem by row and field
   */
  public static Roster of(List<SourceEmployee> employees, Clock clock) {
    List<ValidationIssue> issues = validate(employees, clock);
    if (!issues.isEmpty()) {
      throw new RosterValidationException(issues);
    }
    return new Roster(employees);
  }

  /** A roster of rows already validated together (a part of a valid roster). */
  static Roster validated(List<SourceEmployee> employees) {
    return new Roster(employees);
  }

  /**
   * Checks employees without building a roster.
   *
   * @param employees the rows to check
   * @return every problem found, in row order; empty when the rows form a valid roster
   */
  public static List<ValidationIssue> validate(List<SourceEmployee> employees) {
    return validate(employees, Clock.systemUTC());
  }

  /**
   * Checks employees without building a roster, reading "today" on {@code clock}.
   *
   * @param employees the rows to check
   * @param clock the clock today is read from
   * @return every problem found, in row order; empty when the rows form a valid roster
   */
  public static List<ValidationIssue> validate(List<SourceEmployee> employees, Clock clock) {
    return RosterValidator.validate(employees, clock);
  }

  /** @return the employees in source order */
  public List<SourceEmployee> employees() {
    return employees;
  }

  /** @return the number of employees */
  public int size() {
    return employees.size();
  }

  /** @return whether the roster has no employee */
  public boolean isEmpty() {
    return employees.isEmpty();
  }

  /**
   * The position of an employee in {@link #employees()}, found by HR id ignoring case, without
   * allocating: what a planner joins a listing of 100,000s of records with.
   *
   * @param hrId the HR id
   * @return its position, or -1 when no employee has it
   */
  public int indexOf(String hrId) {
    int slot = byHrId.slotOf(hrId);
    return slot < 0 ? -1 : positionAtSlot[slot];
  }

  /**
   * Finds an employee by HR id, ignoring case.
   *
   * @param hrId the HR id
   * @return the employee, if present
   */
  public Optional<SourceEmployee> byHrId(String hrId) {
    return Optional.ofNullable(byHrId.get(hrId));
  }

  /**
   * The employees in {@code hrId} order, sorted once, on first use (with {@link #digest()}).
   *
   * @return the employees sorted by {@code hrId} ({@link String#compareTo} order)
   */
  public List<SourceEmployee> employeesByHrId() {
    return hrIdOrder().sorted;
  }

  /**
   * The position of an employee in {@link #employeesByHrId()}, found by HR id ignoring case,
   * without allocating.
   *
   * @param hrId the HR id
   * @return its position there, or -1 when no employee has it
   */
  public int sortedIndexOf(String hrId) {
    int slot = byHrId.slotOf(hrId);
    return slot < 0 ? -1 : hrIdOrder().rankAt(slot);
  }

  /**
   * A SHA-256 of the roster's content: every field of every row, in {@code hrId} order, so the
   * same export in another order has the same digest. It tells one export from another in a
   * run's record without keeping its content. Computed
   * once, on first use (with {@link #employeesByHrId()}).
   *
   * @return the digest, in hex
   */
  public String digest() {
    return hrIdOrder().digest;
  }

  /**
   * A SHA-256 of what a JobTicket roster replace of this roster sends: every field JobTicket
   * receives of every row, in {@code hrId} order. Two rosters that differ only in fields
   * JobTicket never sees (a mobile, a custom field) send the same replace and have the same
   * digest; JobTicket's plan fingerprint and {@code syncId} are named after it. Computed once, on
   * first use, with {@link #digest()}.
   *
   * @return the digest, in hex
   */
  public String jobTicketDigest() {
    return hrIdOrder().jobTicketDigest;
  }

  private HrIdOrder hrIdOrder() {
    HrIdOrder order = hrIdOrder;
    if (order == null) {
      synchronized (hrIdOrderLock) {
        order = hrIdOrder;
        if (order == null) {
          order = new HrIdOrder(employees, byHrId);
          hrIdOrder = order;
        }
      }
    }
    return order;
  }

  @Override
  public String toString() {
    return "Roster[" + employees.size() + " employees]";
  }
}
