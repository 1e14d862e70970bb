package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.hrfeed.User;
import io.github.hrsync.sync.plan.InvalidPlanException;
import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetPlan;
import io.github.hrsync.sync.plan.Verdict;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The changes that bring the HR Feed in step with a roster: a value, in deterministic order
 * (creates, updates, reactivations, deactivations, deletions; each by externalId). It renders like
 * {@code terraform plan} ({@link #render()}), exports to JSON and reads back
 * ({@link #writeJson(Writer)}, {@link #fromJson(Reader)}; both streamed), and can tell whether the
 * platform changed since it was made ({@link #staleness(Iterable)}).
 *
 * <p>Its {@link #fingerprint()} covers everything in it: base URL, options, counts, warnings and
 * every operation with its values. A plan read from JSON whose content does not match its
 * fingerprint is refused, so a file cannot be edited into passing the guard; and
 * {@link HrFeedSync#apply} recomputes the guard from the users it lists, never from the counts
 * here.
 *
 * @param baseUrl the HR Feed base URL the plan was made against
 * @param options the planning options that shaped it, as text
 * @param operations the operations, in order
 * @param currentUsers how many users the platform had when planned
 * @param removableRecords the records a removal can act on when planned (the guard's base):
 *     the managed users (those with an externalId, the first of each); the active ones when
 *     leavers are deactivated, all of them when leavers are deleted
 * @param rosterSize how many employees the roster had
 * @param warnings things the planner noticed and left alone (such as a shared externalId)
 * @param verdict the guard's verdict on the numbers planned from
 */
public record HrFeedPlan(String baseUrl, String options, List<PlannedOperation> operations,
    int currentUsers, int removableRecords, int rosterSize, List<String> warnings,
    Verdict verdict)
    implements TargetPlan {

  /**
   * Copies the lists.
   *
   * @param baseUrl the HR Feed base URL the plan was made against
   * @param options the planning options that shaped it, as text
   * @param operations the operations, in order
   * @param currentUsers how many users the platform had when planned
   * @param removableRecords the records a removal can act on when planned (the guard's base):
   *     the managed users (those with an externalId, the first of each); the active ones when
   *     leavers are deactivated, all of them when leavers are deleted
   * @param rosterSize how many employees the roster had
   * @param warnings things the planner noticed and left alone (such as a shared externalId)
   * @param verdict the guard's verdict on the numbers planned from
   */
  public HrFeedPlan {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(options, "options");
    operations = List.copyOf(operations);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(verdict, "verdict");
  }

  @Override
  public Target target() {
    return Target.HR_FEED;
  }

  /** @return whether the plan changes nothing */
  @Override
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  @Override
  public int adds() {
    return count(OperationKind.CREATE);
  }

  @Override
  public int changes() {
    return operations.size() - adds() - removals();
  }

  /**
   * @param kind an operation kind
   * @return how many operations of that kind the plan holds
   */
  public int count(OperationKind kind) {
    return (int) operations.stream().filter(op -> op.kind() == kind).count();
  }

  /**
   * The operations that take a user away, counted by what they do rather than by their kind: a
   * deletion, a deactivation, or any other operation that sets {@code isActive} to false (a
   * plan built by hand could label a deactivation an update).
   *
   * @return how many operations remove a user
   */
  @Override
  public int removals() {
    return removals(operations);
  }

  /**
   * @param operations a plan's operations
   * @return how many remove a user (see {@link #removals()})
   */
  static int removals(List<PlannedOperation> operations) {
    return (int) operations.stream().filter(PlannedOperation::removes).count();
  }

  /**
   * The plan's fingerprint: a hash of all its content. Approving a guarded plan names this value,
   * so the approval fits this plan only.
   *
   * @return 12 hex digits
   */
  @Override
  public String fingerprint() {
    return PlanJson.fingerprint(this);
  }

  /**
   * What changed on the platform since the plan was made, as far as the plan depends on it: a
   * user to change that is gone or whose planned-from values differ, a user to create that now
   * exists. Reads the users once, without keeping them.
   *
   * @param current every user the platform has now
   * @return the reasons the plan is stale; empty when it can be applied as is
   */
  public List<String> staleness(Iterable<User> current) {
    return PlanStaleness.check(this, current, false).reasons(); // the reasons only, not the base
  }

  /**
   * Writes the plan as text, like {@code terraform plan}, operation by operation.
   *
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  @Override
  public void render(Appendable out) {
    PlanText.render(this, out);
  }

  /** @return the plan as JSON (values included; no credentials) */
  public String toJson() {
    StringWriter json = new StringWriter();
    writeJson(json);
    return json.toString();
  }

  /**
   * Writes the plan as JSON, operation by operation (values included; no credentials).
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException when writing fails
   */
  public void writeJson(Writer out) {
    PlanJson.write(this, out);
  }

  /**
   * Reads a plan written by {@link #toJson()}.
   *
   * @param json the JSON text
   * @return the plan
   * @throws InvalidPlanException when the text is not a plan, or was edited (its content no
   *     longer matches its fingerprint)
   */
  public static HrFeedPlan fromJson(String json) {
    return fromJson(new StringReader(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a plan written by {@link #writeJson(Writer)}, operation by operation.
   *
   * @param json the JSON text; not closed
   * @return the plan
   * @throws InvalidPlanException when the text is not a plan, or was edited (its content no
   *     longer matches its fingerprint)
   */
  public static HrFeedPlan fromJson(Reader json) {
    return PlanJson.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * @return the target, counts and verdict; never a person's name, e-mail, date of birth,
   *     mobile or field value
   */
  @Override
  public String toString() {
    return "HrFeedPlan[baseUrl=" + baseUrl + ", fingerprint=" + fingerprint() + ", adds="
        + adds() + ", changes=" + changes() + ", removals=" + removals() + ", currentUsers="
        + currentUsers + ", rosterSize=" + rosterSize + ", warnings=" + warnings.size()
        + ", verdict=" + verdict + "]";
  }
}
