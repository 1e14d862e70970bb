package io.github.hrsync.sync.roster;

import org.jspecify.annotations.Nullable;

/**
 * One problem with one roster row.
 *
 * @param row the 1-based row number in the roster as given
 * @param hrId the row's {@code hrId}, if it has one
 * @param field the field at fault, as the source model names it
 * @param message what is wrong
 */
public record ValidationIssue(int row, @Nullable String hrId, String field, String message) {

  @Override
  public String toString() {
    return "row " + row + (hrId == null || hrId.isBlank() ? "" : " (hrId " + hrId + ")") + ": "
        + field + ": " + message;
  }
}
