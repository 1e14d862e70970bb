package io.github.hrsync.spring;

import io.github.hrsync.sync.plan.TargetOutcome;

/**
 * Counts how each target of a run ended ({@code hrsync.sync.outcomes}): implemented with
 * Micrometer when the application has it, so that nothing else needs Micrometer on the classpath.
 */
@FunctionalInterface
interface OutcomeCounter {
  /**
   * @param sync the sync's name
   * @param outcome one target's outcome
   */
  void count(String sync, TargetOutcome outcome);
}
