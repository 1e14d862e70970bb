package io.github.hrsync.sync.hrfeed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an apply did: one result per planned operation, in plan order.
 *
 * @param results the results
 * @param stopReason why the run stopped early (authentication, permission or rate limit), if it
 *     did
 */
public record ApplyReport(List<OperationResult> results, @Nullable String stopReason) {

  /**
   * Copies the results.
   *
   * @param results the results
   * @param stopReason why the run stopped early (authentication, permission or rate limit), if it
   *     did
   */
  public ApplyReport {
    results = List.copyOf(results);
  }

  /**
   * @param kind an operation kind
   * @return how many operations of that kind succeeded
   */
  public int succeeded(OperationKind kind) {
    return (int) results.stream().filter(r -> r.outcome() == OperationResult.Outcome.SUCCEEDED
        && r.operation().kind() == kind).count();
  }

  /** @return the failed operations */
  public List<OperationResult> failures() {
    return results.stream().filter(r -> r.outcome() == OperationResult.Outcome.FAILED).toList();
  }

  /** @return how many operations were not attempted */
  public int skipped() {
    return (int) results.stream()
        .filter(r -> r.outcome() == OperationResult.Outcome.SKIPPED).count();
  }

  /** @return whether every operation succeeded */
  public boolean complete() {
    return results.stream().allMatch(r -> r.outcome() == OperationResult.Outcome.SUCCEEDED);
  }

  /** @return a summary line and one line per failure */
  public String summary() {
    StringBuilder text = new StringBuilder("Applied: ")
        .append(succeeded(OperationKind.CREATE)).append(" created, ")
        .append(succeeded(OperationKind.UPDATE)).append(" updated, ")
        .append(succeeded(OperationKind.REACTIVATE)).append(" reactivated, ")
        .append(succeeded(OperationKind.DEACTIVATE)).append(" deactivated, ")
        .append(succeeded(OperationKind.DELETE)).append(" deleted, ")
        .append(failures().size()).append(" failed, ").append(skipped()).append(" skipped.");
    if (stopReason != null) {
      text.append("\nStopped early: ").append(stopReason);
    }
    for (OperationResult failure : failures()) {
      text.append("\n  ! ").append(failure.operation().kind().verb()).append(' ')
          .append(failure.operation().externalId()).append(": ").append(failure.error());
    }
    return text.toString();
  }

  /**
   * @return the counts and why it stopped; never a person's name, e-mail, date of birth, mobile
   *     or field value
   */
  @Override
  public String toString() {
    long failed = results.stream()
        .filter(result -> result.outcome() == OperationResult.Outcome.FAILED).count();
    return "ApplyReport[operations=" + results.size() + ", failed=" + failed
        + (stopReason == null ? "" : ", stopped: " + stopReason) + "]";
  }
}
