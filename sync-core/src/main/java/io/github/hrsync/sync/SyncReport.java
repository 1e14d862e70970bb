package io.github.hrsync.sync;

import io.github.hrsync.sync.hrfeed.ApplyReport;
import io.github.hrsync.sync.jobticket.JobTicketResult;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetPlan;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one run of {@link RosterSync} ended: one {@link TargetOutcome} per configured target, and
 * the engines' own results where a target was sent to.
 *
 * @param runId the run's id: its record in the run log, when one is configured
 * @param outcomes one per configured target, in {@link Target} order
 * @param jobTicket what JobTicket accepted, when the replace was sent
 * @param hrFeed one result per HR Feed operation, when the plan was applied
 */
public record SyncReport(String runId, List<TargetOutcome> outcomes, @Nullable JobTicketResult jobTicket,
    @Nullable ApplyReport hrFeed) {

  /**
   * Copies the outcomes.
   *
   * @param runId the run's id: its record in the run log, when one is configured
   * @param outcomes one per configured target, in {@link Target} order
   * @param jobTicket what JobTicket accepted, when the replace was sent
   * @param hrFeed one result per HR Feed operation, when the plan was applied
   */
  public SyncReport {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * @param target a target
   * @return its outcome, when it was configured
   */
  public Optional<TargetOutcome> outcome(Target target) {
    return outcomes.stream().filter(outcome -> outcome.target() == target).findFirst();
  }

  /** @return whether every target did what it set out to, or had nothing to do */
  public boolean succeeded() {
    return outcomes.stream().allMatch(TargetOutcome::succeeded);
  }

  /**
   * @param status a status
   * @return whether any target ended so
   */
  public boolean any(TargetOutcome.Status status) {
    return outcomes.stream().anyMatch(outcome -> outcome.status() == status);
  }

  /**
   * Writes one line per target for a person.
   *
   * @param out where to write
   */
  public void render(Appendable out) {
    TargetPlan.append(out, "\n== Summary ==\n");
    for (TargetOutcome outcome : outcomes) {
      TargetPlan.append(out, "  " + outcome.target().displayName() + ": " + switch (
          outcome.status()) {
            case REFUSED -> "refused, nothing sent: " + outcome.message();
            case STALE, FAILED -> "failed: " + outcome.message();
            default -> outcome.message();
          } + "\n");
    }
  }

  /** @return {@link #render(Appendable)} as a string */
  public String render() {
    StringBuilder text = new StringBuilder();
    render(text);
    return text.toString();
  }
}
