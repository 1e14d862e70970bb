package io.github.hrsync.sync.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The approvals given for one apply, at most one per target: each lets through only the exact
 * plan of that target whose fingerprint it names. Every apply takes them, {@code RosterSync}'s
 * and each engine's alike ({@link #none()} when nobody approved anything). Immutable.
 */
public final class Approvals {
  private static final Approvals NONE = new Approvals(new EnumMap<>(Target.class));

  private final Map<Target, Approval> byTarget;

  private Approvals(EnumMap<Target, Approval> byTarget) {
    this.byTarget = Collections.unmodifiableMap(byTarget);
  }

  /** @return no approval: only plans the guard allows are applied */
  public static Approvals none() {
    return NONE;
  }

  /**
   * @param target the target
   * @param approval the approval of that target's plan
   * @return only that approval
   */
  public static Approvals of(Target target, Approval approval) {
    return NONE.with(target, approval);
  }

  /**
   * @param target the target
   * @param approval the approval of that target's plan
   * @return these approvals, with {@code approval} for {@code target} (replacing any before)
   */
  public Approvals with(Target target, Approval approval) {
    EnumMap<Target, Approval> copy = new EnumMap<>(Target.class);
    copy.putAll(byTarget);
    copy.put(Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(approval, "approval"));
    return new Approvals(copy);
  }

  /**
   * @param target a target
   * @return the approval given for it, if any
   */
  public @Nullable Approval forTarget(Target target) {
    return byTarget.get(target);
  }

  /** @return the approvals by target */
  public Map<Target, Approval> asMap() {
    return byTarget;
  }

  @Override
  public String toString() {
    return "Approvals" + byTarget;
  }
}
