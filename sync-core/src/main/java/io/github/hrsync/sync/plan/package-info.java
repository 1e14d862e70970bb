/**
 * What every target's plan says, in one vocabulary: the {@link io.github.hrsync.sync.plan.Target},
 * the {@link io.github.hrsync.sync.plan.TargetPlan} (fingerprint, counts, rendering), the guard
 * ({@link io.github.hrsync.sync.plan.SafetyGuard}) and its {@link
 * io.github.hrsync.sync.plan.Verdict}, the {@link io.github.hrsync.sync.plan.Approval} that lets a
 * refused plan through, and the {@link io.github.hrsync.sync.plan.TargetOutcome} of a run.
 */
@NullMarked
package io.github.hrsync.sync.plan;

import org.jspecify.annotations.NullMarked;
