package io.github.hrsync.spring;

import io.github.hrsync.reader.MappedRoster;
import io.github.hrsync.reader.RosterMapping;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.sync.SyncReport;
import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.audit.TargetRecord;
import io.github.hrsync.sync.plan.Approval;
import io.github.hrsync.sync.plan.Approvals;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run of a configured sync: the export read through its mapping, planned, applied with the
 * approval the properties name (used once: a fingerprint an earlier run already applied is not
 * offered again), and every target left refused, stale or failed published as an
 * {@link HrsyncOutcomeEvent} and counted ({@code hrsync.sync.outcomes}).
 */
public final class NightlyRun {
  private final String name;
  private final RosterSync sync;
  private final SyncProperties properties;
  private final RunLog runLog;
  private final Consumer<HrsyncOutcomeEvent> events;
  private final OutcomeCounter counter;
  private final Clock clock;

  NightlyRun(String name, RosterSync sync, SyncProperties properties, RunLog runLog,
      Consumer<HrsyncOutcomeEvent> events, OutcomeCounter counter, Clock clock) {
    this.name = name;
    this.sync = sync;
    this.properties = properties;
    this.runLog = runLog;
    this.events = events;
    this.counter = counter;
    this.clock = clock;
  }

  /**
   * Runs the sync once.
   *
   * @return the report, one outcome per target
   * @throws HrsyncPropertiesException when no roster file is configured
   */
  public SyncReport run() {
    Path file = properties.getRoster().getFile();
    if (file == null) {
      throw new HrsyncPropertiesException(List.of("sync '" + name + "' has no roster: set "
          + (HrsyncCustomizer.DEFAULT_SYNC.equals(name) ? "hrsync." : "hrsync.syncs." + name
              + ".") + "roster.file"));
    }
    MappedRoster roster = RosterMapping.readCsv(file, properties.getRoster().getMapping());
    SyncPlan plan = sync.plan(roster.scoped());
    SyncReport report = sync.apply(plan, pendingApprovals());
    for (TargetOutcome outcome : report.outcomes()) {
      counter.count(name, outcome);
      switch (outcome.status()) {
        case REFUSED, STALE, FAILED -> events.accept(new HrsyncOutcomeEvent(this, name,
            report.runId(), outcome));
        default -> { }
      }
    }
    return report;
  }

  /** The approvals of the properties that no earlier run has used. */
  private Approvals pendingApprovals() {
    SyncProperties.Approval approval = properties.getApproval();
    Approvals approvals = Approvals.none();
    Set<String> used = approval.getJobticket() == null && approval.getHrfeed() == null
        ? Set.of() : usedApprovals();
    for (Target target : Target.values()) {
      String fingerprint = target == Target.JOBTICKET ? approval.getJobticket()
          : approval.getHrfeed();
      if (fingerprint != null && !used.contains(target.key() + " " + fingerprint)) {
        Approval given = Approval.of(fingerprint).at(clock.instant());
        given = approval.getApprovedBy() == null ? given
            : given.by(Objects.requireNonNull(approval.getApprovedBy()));
        approvals = approvals.with(target, approval.getReason() == null ? given
            : given.because(Objects.requireNonNull(approval.getReason())));
      }
    }
    return approvals;
  }

  /** Every approval an earlier run used, as {@code "<target> <fingerprint>"}: one read. */
  private Set<String> usedApprovals() {
    Set<String> used = new HashSet<>();
    for (var run : new RunHistory(runLog).recent(RunHistory.MAX_RECENT)) {
      for (TargetRecord record : run.targets()) {
        Approval given = record.approval();
        if (record.approvalUsed() && given != null) {
          used.add(record.target().key() + " " + given.fingerprint());
        }
      }
    }
    return used;
  }

  @Override
  public String toString() {
    return "NightlyRun[" + name + "]";
  }
}
