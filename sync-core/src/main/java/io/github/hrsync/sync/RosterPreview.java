package io.github.hrsync.sync;

import io.github.hrsync.jobticket.SyncEmployee;
import java.util.List;

/**
 * What a JobTicket roster replace would do, computed from the employees JobTicket has now. The
 * matching key is the employee's {@code hrId} on this integration's link; employees JobTicket has
 * without such a link are matched by e-mail (ignoring case). Everybody else is counted as
 * offboarded, the worst case, and so is a current employee whose roster row has a termination
 * date on or before today. Employees JobTicket has already offboarded are not counted at all.
 *
 * <p>A preview is a value that anybody can build; {@link JobTicketRosterSync#send} therefore
 * uses only its payload and fingerprint and recomputes everything else.
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
 */
public record RosterPreview(
    long integrationId,
    String syncId,
    String fingerprint,
    int currentCount,
    List<String> added,
    List<Update> updated,
    List<Offboarded> offboarded,
    List<SyncEmployee> payload) {

  /** Copies the lists. */
  public RosterPreview {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    offboarded = List.copyOf(offboarded);
    payload = List.copyOf(payload);
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
  public record Offboarded(long employeeId, @org.jspecify.annotations.Nullable String hrId,
      @org.jspecify.annotations.Nullable String email, String reason) {}

  /** @return a one-paragraph summary for logs and consoles */
  public String summary() {
    return "JobTicket roster replace for integration " + integrationId + ": " + payload.size()
        + " employees in the roster, " + added.size() + " to add, " + updated.size() + " to update, "
        + offboarded.size() + " to offboard (of " + currentCount + " now). syncId " + syncId
        + ", fingerprint " + fingerprint;
  }
}
