package io.github.hrsync.sync;

import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.Unit;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders a plan as text: {@code +} create, {@code ~} update, {@code -} deactivate/delete. */
final class PlanText {
  private PlanText() {}

  static String render(HrFeedPlan plan) {
    StringBuilder text = new StringBuilder();
    if (plan.isEmpty()) {
      text.append("No changes. The HR Feed matches the roster (").append(plan.rosterSize())
          .append(" employees, ").append(plan.currentUsers()).append(" users).\n");
    } else {
      text.append("hrsync will perform the following actions on the HR Feed:\n");
      for (PlannedOperation op : plan.operations()) {
        text.append('\n').append("  ").append(op.kind().symbol()).append(' ')
            .append(op.kind().verb()).append(' ').append(op.externalId());
        if (op.userId() != null) {
          text.append(" (user ").append(op.userId()).append(')');
        }
        text.append(" <").append(op.email()).append("> ").append(op.name());
        if (op.adopts()) {
          text.append("  [matched by e-mail]");
        }
        text.append('\n');
        int width = op.changes().stream().mapToInt(c -> c.field().wireName().length()).max()
            .orElse(0);
        for (FieldChange change : op.changes()) {
          text.append("      ").append(String.format("%-" + width + "s", change.field().wireName()))
              .append(" : ");
          if (op.kind() != OperationKind.CREATE) {
            text.append(show(change.from())).append(" -> ");
          }
          text.append(show(change.to())).append('\n');
        }
      }
      text.append('\n');
    }
    for (String warning : plan.warnings()) {
      text.append("Warning: ").append(warning).append('\n');
    }
    text.append("Plan: ").append(plan.count(OperationKind.CREATE)).append(" to create, ")
        .append(plan.count(OperationKind.UPDATE)).append(" to update, ")
        .append(plan.count(OperationKind.REACTIVATE)).append(" to reactivate, ")
        .append(plan.count(OperationKind.DEACTIVATE)).append(" to deactivate, ")
        .append(plan.count(OperationKind.DELETE)).append(" to delete. Fingerprint ")
        .append(plan.fingerprint()).append('\n');
    return text.toString();
  }

  static String show(@Nullable Object value) {
    if (value == null) {
      return "(none)";
    }
    if (value instanceof String text) {
      return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value instanceof Unit unit) {
      return unit.externalId() != null ? "unit " + show(unit.externalId())
          : "unit id " + show(unit.id());
    }
    if (value instanceof CustomFields custom) {
      return custom.fields().stream().map(f -> f.name() + "=" + show(f.value()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> e.getKey() + "=" + show(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value.toString();
  }
}
