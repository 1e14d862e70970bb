package io.github.hrsync.sync;

import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.sync.internal.RunLines.WindowTally;
import io.github.hrsync.sync.plan.Breach;
import io.github.hrsync.sync.plan.Dimension;
import io.github.hrsync.sync.plan.SafetyGuard;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The guard across runs: a plan's removals added to those made in a rolling window without
 * approval, against the guard's removal limit of the records there were at the window's start
 * (those there are now and every one removed since). So an export that shrinks a little every
 * run cannot offboard a company a fifth at a time. Two records are read, and the one that shows
 * more counts: the run log (the unapproved removals of its runs) and, where the target dates
 * its removals itself, the target ({@link TargetPlan#removalDates()}: JobTicket's cancellations,
 * which no lost, rotated or second log can hide, less what approved runs removed). An approved
 * run's removals are acknowledged: an approved reorg does not make every ordinary night after it
 * need an approval; the unapproved removals before and after it are still summed, so approving
 * one small plan never opens the window for a drip. A plan that removes nothing is never
 * refused by it.
 */
final class RemovalWindow {
  /** The most runs read back: a sync that runs every minute for a month stays well within. */
  static final int MAX_RUNS = 50_000;
  private static final System.Logger LOG = System.getLogger(RemovalWindow.class.getName());
  /** The most run ids a refusal names. */
  private static final int NAMED_RUNS = 5;

  private final @Nullable RunLog log;
  private final Duration window;
  private final SafetyGuard guard;
  private final Clock clock;
  private final boolean refuseWithoutLog;

  RemovalWindow(@Nullable RunLog log, Duration window, SafetyGuard guard, Clock clock,
      boolean refuseWithoutLog) {
    this.log = log;
    this.window = window;
    this.guard = guard;
    this.clock = clock;
    this.refuseWithoutLog = refuseWithoutLog;
  }

  /**
   * @param plan a plan
   * @return whether the guard across runs has a record to weigh the plan against (a run log,
   *     the target's own dates), or refuses without one; when not, a plan says it is off
   */
  boolean sees(TargetPlan plan) {
    return log != null || refuseWithoutLog || !plan.removalDates().isEmpty();
  }

  /**
   * @param plan a plan
   * @param scope the instance of its target the plan is for
   * @return the verdict on its removals with those of the window's runs and the target's dates
   */
  Verdict verdict(TargetPlan plan, String scope) {
    if (plan.removals() == 0) {
      return Verdict.ALLOWED;
    }
    if (log == null && refuseWithoutLog) {
      return Verdict.refused("refusing to remove " + plan.removals() + " record(s) without a "
          + "run log: the guard across runs cannot see what earlier runs removed; configure "
          + "RosterSync.builder().runLog(...), or approve this plan", true);
    }
    Instant since = clock.instant().minus(window);
    List<WindowTally.Run> summed = new ArrayList<>();
    int logged = 0;
    int acknowledged = 0;
    for (WindowTally.Run run : log == null ? List.<WindowTally.Run>of() : runs(plan, scope)) {
      if (run.startedAt().isBefore(since)) {
        continue;
      }
      if (run.approved()) {
        acknowledged += run.removed();
      } else if (run.removed() > 0) {
        summed.add(run);
        logged += run.removed();
      }
    }
    LocalDate firstDay = LocalDate.ofInstant(since, clock.getZone());
    int evidenced = (int) plan.removalDates().stream().filter(day -> !day.isBefore(firstDay))
        .count();
    // the harmful reading: whichever record shows more unapproved removals
    int removed = Math.max(logged, evidenced - acknowledged);
    if (removed <= 0) {
      return Verdict.ALLOWED;
    }
    int base = plan.removableRecords() + Math.max(logged + acknowledged, evidenced);
    int limit = guard.limit(Dimension.REMOVALS, base);
    int total = removed + plan.removals();
    if (total <= limit) {
      return Verdict.ALLOWED;
    }
    String what = removed > logged
        ? String.format(Locale.ROOT, "the %d that %s shows cancelled in the last %d days, by "
            + "this sync or not%s", removed, plan.target().displayName(), window.toDays(),
            log == null ? " (no run log is configured, so no approval is remembered)"
                : acknowledged == 0 ? "" : ", less the " + acknowledged + " that approved runs "
                + "removed")
        : String.format(Locale.ROOT, "the %d that %s in the last %d days removed without "
            + "approval (%s)%s", removed, summed.size() == 1 ? "1 run" : summed.size()
            + " runs", window.toDays(), named(summed), acknowledged == 0 ? "" : "; the "
            + acknowledged + " that approved runs removed are acknowledged and not counted");
    return new Verdict(false, true, String.format(Locale.ROOT, "refusing to remove %s: with %s, "
        + "that is %d of %d records (%.0f %%) within the window, and the limit is %d (%s). A "
        + "roster that shrinks a little every run is as dangerous as one short export; check "
        + "the exports", records(plan.removals()), what, total, base, 100.0 * total / base,
        limit, guard.limit(Dimension.REMOVALS)),
        List.of(new Breach(Dimension.REMOVALS, total, base, limit)));
  }

  /** The runs of the log that removed records of this target's scope, read in one pass. */
  private List<WindowTally.Run> runs(TargetPlan plan, String scope) {
    WindowTally tally = new WindowTally(plan.target(), scope);
    Objects.requireNonNull(log, "runs are read only from a log").readRecent(MAX_RUNS,
        tally::accept);
    if (tally.skipped() > 0) {
      LOG.log(System.Logger.Level.WARNING, "the run log has " + tally.skipped() + " line(s) "
          + "that cannot be read; the guard across runs skipped them and counted the rest");
    }
    return tally.runs();
  }

  private static String records(int count) {
    return count == 1 ? "1 more record" : count + " more records";
  }

  private static String named(List<WindowTally.Run> runs) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(NAMED_RUNS, runs.size()); i++) {
      text.append(i == 0 ? "" : ", ").append(runs.get(i).runId()).append(": ")
          .append(runs.get(i).removed());
    }
    return runs.size() > NAMED_RUNS ? text + " and " + (runs.size() - NAMED_RUNS) + " more"
        : text.toString();
  }
}
