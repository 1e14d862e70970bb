package io.github.hrsync.hrfeed;

import io.github.hrsync.core.error.HrSyncException;

/**
 * A user's custom fields as the server sent them cannot be used the way asked: they were past the
 * limits the SDK reads ({@link CustomFields#isUnreadable()}), or a name to change appears more
 * than once. The message names the field and the limit, never a value.
 */
public class CustomFieldsException extends HrSyncException {
  private static final long serialVersionUID = 1L;

  /** @param message what cannot be done and why, never a value */
  public CustomFieldsException(String message) {
    super(message, null);
  }
}
