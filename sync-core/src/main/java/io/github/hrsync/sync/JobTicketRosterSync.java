package io.github.hrsync.sync;

import io.github.hrsync.core.internal.TextRules;
import io.github.hrsync.core.internal.Json;
import io.github.hrsync.core.internal.StreamingJsonInputStream;
import io.github.hrsync.jobticket.Employee;
import io.github.hrsync.jobticket.HrIntegrationLink;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.jobticket.SyncAccepted;
import io.github.hrsync.jobticket.SyncEmployee;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The guarded JobTicket roster replace. JobTicket's sync offboards everybody missing from the
 * roster, so this class first lists the employees JobTicket has, previews the replace, and refuses
 * to send when it would offboard more than the {@link SafetyGuard} allows, unless the caller
 * approves that exact preview by its fingerprint.
 *
 * <pre>{@code
 * JobTicketRosterSync sync = new JobTicketRosterSync(jobTicket, 7, SafetyGuard.defaults());
 * RosterPreview preview = sync.preview(roster);
 * System.out.println(preview.summary());
 * RosterSyncResult result = sync.send(preview, null);   // throws MassRemovalRefusedException
 * }</pre>
 *
 * Thread-safe.
 */
public final class JobTicketRosterSync {
  private final JobTicketClient client;
  private final long integrationId;
  private final SafetyGuard guard;

  /**
   * @param client the JobTicket client
   * @param integrationId the HR integration to sync
   * @param guard the offboarding limit
   */
  public JobTicketRosterSync(JobTicketClient client, long integrationId, SafetyGuard guard) {
    if (integrationId <= 0) {
      throw new IllegalArgumentException("integrationId must be positive, was " + integrationId);
    }
    this.client = Objects.requireNonNull(client, "client");
    this.integrationId = integrationId;
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  /**
   * Lists JobTicket's employees and computes what sending {@code roster} would do. Sends nothing.
   *
   * @param roster the complete roster
   * @return the preview
   */
  public RosterPreview preview(Roster roster) {
    List<SyncEmployee> payload = roster.employees().stream()
        .map(JobTicketRosterSync::toSyncEmployee)
        .sorted(Comparator.comparing(SyncEmployee::hrId))
        .toList();
    Map<String, SyncEmployee> byHrId = new HashMap<>();
    Map<String, SyncEmployee> byEmail = new HashMap<>();
    for (SyncEmployee employee : payload) {
      byHrId.put(key(employee.hrId()), employee);
      byEmail.put(key(Objects.requireNonNull(employee.email())), employee);
    }
    Set<String> matched = new HashSet<>();
    List<RosterPreview.Update> updated = new ArrayList<>();
    List<RosterPreview.Offboarded> offboarded = new ArrayList<>();
    MessageDigest state = Fingerprints.sha256();
    int current = 0;
    for (Employee employee : client.listEmployees()) {
      current++;
      HrIntegrationLink link = employee.hrIntegrationLink(integrationId).orElse(null);
      String hrId = link == null ? null : link.hrId();
      SyncEmployee wanted = hrId != null ? byHrId.get(key(hrId))
          : employee.email() == null ? null : byEmail.get(key(employee.email()));
      if (wanted == null || !matched.add(key(wanted.hrId()))) {
        offboarded.add(new RosterPreview.Offboarded(employee.id(), hrId, employee.email()));
      } else {
        List<String> changes = changedFields(employee, wanted);
        if (!changes.isEmpty()) {
          updated.add(new RosterPreview.Update(wanted.hrId(), changes));
        }
      }
      // lastSyncId is part of the state: once a sync is processed, the same roster is a new sync
      state.update((employee.id() + "|" + hrId + "|" + (link == null ? null : link.lastSyncId())
          + "|" + employee.firstName() + "|" + employee.lastName() + "|" + employee.email() + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    List<String> added = payload.stream().map(SyncEmployee::hrId)
        .filter(hrId -> !matched.contains(key(hrId))).toList();
    updated.sort(Comparator.comparing(RosterPreview.Update::hrId));
    offboarded.sort(Comparator.comparingLong(RosterPreview.Offboarded::employeeId));
    String digest = fingerprint(payload, Fingerprints.hex(state));
    return new RosterPreview(integrationId, "hrsync-" + digest.substring(0, 32),
        digest.substring(0, Fingerprints.SHORT), current, added, updated, offboarded, payload);
  }

  /**
   * Sends a previewed roster, after the guard.
   *
   * @param preview the preview to send, exactly
   * @param approvedFingerprint the fingerprint of a preview the caller approved despite the
   *     guard, or {@code null}
   * @return the acceptance
   * @throws MassRemovalRefusedException when the guard refuses and the preview is not approved
   */
  public RosterSyncResult send(RosterPreview preview, @Nullable String approvedFingerprint) {
    guard.check("offboard", preview.currentCount(), preview.offboarded().size(),
        preview.payload().size(), preview.fingerprint(), approvedFingerprint);
    SyncAccepted accepted = client.triggerSync(preview.integrationId(), preview.syncId(),
        preview.payload());
    return new RosterSyncResult(preview, accepted);
  }

  /**
   * Previews and sends in one step.
   *
   * @param roster the complete roster
   * @param approvedFingerprint an approved fingerprint, or {@code null}
   * @return the acceptance
   * @throws MassRemovalRefusedException when the guard refuses
   */
  public RosterSyncResult sync(Roster roster, @Nullable String approvedFingerprint) {
    return send(preview(roster), approvedFingerprint);
  }

  /**
   * Counts the roster employees JobTicket shows as processed by a sync.
   *
   * @param result the accepted sync
   * @return the progress
   */
  public SyncProgress progress(RosterSyncResult result) {
    String syncId = result.preview().syncId();
    int processed = 0;
    for (Employee employee : client.listEmployees()) {
      if (employee.hrIntegrationLink(integrationId)
          .filter(link -> syncId.equals(link.lastSyncId())).isPresent()) {
        processed++;
      }
    }
    return new SyncProgress(syncId, processed, result.preview().payload().size());
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

  private static List<String> changedFields(Employee now, SyncEmployee wanted) {
    List<String> fields = new ArrayList<>();
    if (!Objects.equals(now.firstName(), wanted.firstName())) {
      fields.add("firstName");
    }
    if (!Objects.equals(now.lastName(), wanted.lastName())) {
      fields.add("lastName");
    }
    if (now.email() == null || !TextRules.sameFolded(now.email(), Objects.requireNonNull(wanted.email()))) {
      fields.add("email");
    }
    if (!Objects.equals(now.dateOfBirth(), wanted.dateOfBirth())) {
      fields.add("dateOfBirth");
    }
    if (!Objects.equals(now.profileImage(), wanted.profileImage())) {
      fields.add("profileImage");
    }
    return fields;
  }

  private static String fingerprint(List<SyncEmployee> payload, String currentState) {
    MessageDigest digest = Fingerprints.sha256();
    Fingerprints.update(digest, new StreamingJsonInputStream(
        Json.mapper().writerFor(SyncEmployee.class), Map.of(), "employees", payload.iterator()));
    digest.update(currentState.getBytes(StandardCharsets.UTF_8));
    return Fingerprints.hex(digest);
  }

  private static String key(String value) {
    return TextRules.fold(value);
  }
}
