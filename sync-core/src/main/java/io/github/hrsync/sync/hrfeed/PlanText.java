package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.hrfeed.CustomFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.github.hrsync.hrfeed.Unit;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders a plan as text: {@code +} create, {@code ~} update, {@code -} deactivate/delete. */
final class PlanText {
  private PlanText() {}

  static void render(HrFeedPlan plan, Appendable out) {
    try {
      if (plan.isEmpty()) {
        out.append("No changes. The HR Feed matches the roster (")
            .append(Integer.toString(plan.rosterSize())).append(" employees, ")
            .append(Integer.toString(plan.currentUsers())).append(" users).\n");
      } else {
        out.append("hrsync will perform the following actions on the HR Feed:\n");
        StringBuilder text = new StringBuilder();
        for (PlannedOperation op : plan.operations()) {
          text.setLength(0);
          operation(op, text);
          out.append(text);
        }
        out.append('\n');
      }
      for (String warning : plan.warnings()) {
        out.append("Warning: ").append(warning).append('\n');
      }
      out.append("Plan: " + plan.count(OperationKind.CREATE) + " to create, "
          + plan.count(OperationKind.UPDATE) + " to update, "
          + plan.count(OperationKind.REACTIVATE) + " to reactivate, "
          + plan.count(OperationKind.DEACTIVATE) + " to deactivate, "
          + plan.count(OperationKind.DELETE) + " to delete. Fingerprint "
          + plan.fingerprint() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void operation(PlannedOperation op, StringBuilder text) {
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
