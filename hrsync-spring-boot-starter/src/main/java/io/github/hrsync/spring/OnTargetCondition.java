package io.github.hrsync.spring;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when any key of a target of the default sync is set: a target half configured is then
 * built, and fails naming what is missing, rather than quietly left out.
 */
abstract class OnTargetCondition extends SpringBootCondition {
  private final String prefix;

  OnTargetCondition(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context,
      AnnotatedTypeMetadata metadata) {
    boolean set = Binder.get(context.getEnvironment())
        .bind(prefix, Bindable.mapOf(String.class, Object.class))
        .map(Map::isEmpty).map(empty -> !empty).orElse(false);
    return set ? ConditionOutcome.match(prefix + ".* is set")
        : ConditionOutcome.noMatch(prefix + ".* is not set");
  }

  /** JobTicket is a target of the default sync. */
  static final class JobTicket extends OnTargetCondition {
    JobTicket() {
      super("hrsync.jobticket");
    }
  }

  /** The HR Feed is a target of the default sync. */
  static final class HrFeed extends OnTargetCondition {
    HrFeed() {
      super("hrsync.hrfeed");
    }
  }
}
