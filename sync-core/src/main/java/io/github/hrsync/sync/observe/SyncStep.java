package io.github.hrsync.sync.observe;

import io.github.hrsync.sync.plan.Target;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a sync, as observers see it: a plan or a run, of every target or of one.
 *
 * @param id the plan's or the run's id (a run's is the id of its record in the run log)
 * @param stage what the step does
 * @param target the one target the step is for, or {@code null} for the step of every target
 */
public record SyncStep(String id, Stage stage, @Nullable Target target) {

  /** What a step does. */
  public enum Stage {
    /** Reads a target and plans it; sends no change. */
    PLAN,
    /** Sends or applies what the guard admits (a dry run writes nothing). */
    RUN
  }

  /**
   * Requires the id and the stage.
   *
   * @param id the plan's or the run's id
   * @param stage what the step does
   * @param target the one target the step is for, or {@code null} for every target
   */
  public SyncStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
  }

  /** @return for example {@code hrsync run} or {@code hrsync plan HR Feed} */
  public String name() {
    return "hrsync " + stage.name().toLowerCase(java.util.Locale.ROOT)
        + (target == null ? "" : " " + target.displayName());
  }
}
