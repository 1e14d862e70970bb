package io.github.hrsync.sync.jobticket;

import io.github.hrsync.jobticket.SyncEmployee;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import io.github.hrsync.sync.audit.OperationRecord;
import io.github.hrsync.sync.plan.InvalidPlanException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a JobTicket roster replace would do, computed from the employees JobTicket has now. The
 * matching key is the employee's {@code hrId} on this integration's link; employees JobTicket has
 * without such a link are matched by e-mail (ignoring case). Everybody else is counted as
 * offboarded, the worst case, and so is a current employee whose roster row has a termination
 * date on or before today. Employees JobTicket has already offboarded are not counted at all.
 *
 * <p>A plan is a value that anybody can build; {@link JobTicketSync#apply} therefore uses only
 * its payload and fingerprint and recomputes everything else.
 *
 * @param integrationId the HR integration
 * @param syncId the {@code syncId} the replace is sent with: derived from the payload and the
 *     current state, so a retry or a restarted run of the same plan is deduplicated
 * @param fingerprint names this exact plan for approval
 * @param currentCount how many employees JobTicket has now
 * @param added {@code hrId}s JobTicket does not have yet, sorted
 * @param updated employees whose visible fields change, by {@code hrId}
 * @param offboarded employees JobTicket will offboard, by employee id
 * @param payload the employees that will be sent, sorted by {@code hrId}
 * @param verdict the guard's verdict on these numbers
 * @param warnings what the plan counted under a harmful reading of undocumented behaviour, and
 *     what the engine could not check or found JobTicket doing early
 * @param removalDates the {@code cancelledAt} of every employee linked to the integration that
 *     JobTicket has offboarded, oldest first ({@link TargetPlan#removalDates()})
 */
public record JobTicketPlan(
    long integrationId,
    String syncId,
    String fingerprint,
    int currentCount,
    List<String> added,
    List<Update> updated,
    List<Offboarded> offboarded,
    List<SyncEmployee> payload,
    Verdict verdict,
    List<String> warnings,
    List<LocalDate> removalDates) implements TargetPlan {

  /**
   * Copies the lists (a payload that {@link JobTicketSync#plan} made is immutable already).
   *
   * @param integrationId the HR integration
   * @param syncId the {@code syncId} the replace is sent with: derived from the payload and the
   *     current state, so a retry or a restarted run of the same plan is deduplicated
   * @param fingerprint names this exact plan for approval
   * @param currentCount how many employees JobTicket has now
   * @param added {@code hrId}s JobTicket does not have yet, sorted
   * @param updated employees whose visible fields change, by {@code hrId}
   * @param offboarded employees JobTicket will offboard, by employee id
   * @param payload the employees that will be sent, sorted by {@code hrId}
   * @param verdict the guard's verdict on these numbers
   * @param warnings what the plan counted under a harmful reading of undocumented behaviour
   * @param removalDates the {@code cancelledAt} of the linked employees JobTicket offboarded
   */
  public JobTicketPlan {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    offboarded = List.copyOf(offboarded);
    // a plan's own payload is already an immutable view of its roster
    payload = payload instanceof SortedPayload ? payload : List.copyOf(payload);
    warnings = List.copyOf(warnings);
    removalDates = List.copyOf(removalDates);
  }

  /**
   * An employee whose data changes.
   *
   * @param hrId the HR id
   * @param fields the names of the changed fields
   */
  public record Update(String hrId, List<String> fields) {}

  /**
   * An employee the replace would offboard.
   *
   * @param employeeId the JobTicket employee id
   * @param hrId the employee's HR id on this integration, if linked
   * @param email the e-mail JobTicket has
   * @param reason why: not in the roster, or a termination date that has come
   */
  public record Offboarded(long employeeId, @Nullable String hrId, @Nullable String email,
      String reason) {

    /** @return the ids and the reason; never the e-mail */
    @Override
    public String toString() {
      return "Offboarded[employeeId=" + employeeId + ", hrId=" + hrId + ", reason=" + reason
          + "]";
    }
  }

  @Override
  public int removableRecords() {
    return currentCount;
  }

  @Override
  public Target target() {
    return Target.JOBTICKET;
  }

  @Override
  public int adds() {
    return added.size();
  }

  @Override
  public int changes() {
    return updated.size();
  }

  @Override
  public int removals() {
    return offboarded.size();
  }

  /**
   * Writes the summary, then {@code + add}, {@code ~ update} and {@code - offboard} lines.
   *
   * @param out where to write
   */
  @Override
  public void render(Appendable out) {
    // line by line, so that a plan of a million employees is never one string in memory
    TargetPlan.append(out, summary() + "\n");
    added.forEach(hrId -> TargetPlan.append(out, "  + add " + hrId + "\n"));
    updated.forEach(update -> TargetPlan.append(out, "  ~ update " + update.hrId() + " "
        + update.fields() + "\n"));
    offboarded.forEach(gone -> TargetPlan.append(out, "  - offboard employee "
        + gone.employeeId() + " (" + gone.hrId() + ", " + gone.email() + ")\n"));
    warnings.forEach(warning -> TargetPlan.append(out, "Warning: " + warning + "\n"));
  }

  /** @return a one-paragraph summary for logs and consoles */
  public String summary() {
    return "JobTicket roster replace for integration " + integrationId + ": " + payload.size()
        + " employees in the roster, " + added.size() + " to add, " + updated.size() + " to update, "
        + offboarded.size() + " to offboard (of " + currentCount + " now). syncId " + syncId
        + ", fingerprint " + fingerprint;
  }

  /**
   * Each change the replace carries, as a run record keeps it, all with one outcome: {@code ADD}
   * and {@code UPDATE} by hrId (with the names of the fields that change), {@code OFFBOARD} by
   * hrId or {@code employee <id>}.
   *
   * @param outcome {@code SUCCEEDED} once JobTicket accepted the replace, {@code UNKNOWN} when
   *     its answer never came
   * @param status the status of the replace's last attempt, 0 when none came
   * @param requestId the server's request id of the replace, if any
   * @param attempts how many attempts the replace made
   * @param duration how long the replace took
   * @param error why the outcome is not known, if it is not
   * @return the operations, adds first, then updates, then offboardings
   */
  public List<OperationRecord> operations(String outcome, int status,
      @Nullable String requestId, int attempts, Duration duration, @Nullable String error) {
    List<OperationRecord> operations = new ArrayList<>(added.size() + updated.size()
        + offboarded.size());
    for (String hrId : added) {
      operations.add(new OperationRecord("ADD", hrId, List.of(), false, outcome, status,
          requestId, attempts, duration, error, Map.of()));
    }
    for (Update update : updated) {
      operations.add(new OperationRecord("UPDATE", update.hrId(), update.fields(), false,
          outcome, status, requestId, attempts, duration, error, Map.of()));
    }
    for (Offboarded gone : offboarded) {
      operations.add(new OperationRecord("OFFBOARD", gone.hrId() != null ? gone.hrId()
          : "employee " + gone.employeeId(), List.of(), true, outcome, status, requestId,
          attempts, duration, error, Map.of()));
    }
    return operations;
  }

  /**
   * Writes the plan as JSON (format {@code hrsync.jobticket-plan.v1}), employee by employee: the
   * payload with every value, to review and send later with {@link #fromJson(Reader)}. No
   * credentials; a person's data, so keep the file as the export it came from.
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException when writing fails
   */
  public void writeJson(Writer out) {
    JobTicketPlanJson.write(this, Objects.requireNonNull(out, "out"));
  }

  /**
   * Reads a plan {@link #writeJson(Writer)} wrote. {@link JobTicketSync#apply} recomputes its
   * fingerprint from its payload and JobTicket as it is then, so a plan edited in the file, or
   * one JobTicket moved away from, is stale and never sent.
   *
   * @param json the JSON text; not closed
   * @return the plan
   * @throws InvalidPlanException when the text is not a JobTicket plan
   */
  public static JobTicketPlan fromJson(Reader json) {
    return JobTicketPlanJson.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * @return the ids, counts and verdict; never a person's name, e-mail, date of birth, mobile
   *     or field value
   */
  @Override
  public String toString() {
    return "JobTicketPlan[integration=" + integrationId + ", fingerprint=" + fingerprint
        + ", syncId=" + syncId + ", employees=" + payload.size() + ", adds=" + adds()
        + ", changes=" + changes() + ", removals=" + removals() + ", warnings="
        + warnings.size() + ", verdict=" + verdict + "]";
  }
}
