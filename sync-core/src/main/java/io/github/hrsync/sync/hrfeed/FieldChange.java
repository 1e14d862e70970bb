package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.hrfeed.UserField;
import org.jspecify.annotations.Nullable;

/**
 * One field of one user: its value now and its value after the operation.
 *
 * @param field the field
 * @param from the current value ({@code null} for a create or an unset field)
 * @param to the new value ({@code null} to clear)
 */
public record FieldChange(UserField field, @Nullable Object from, @Nullable Object to) {

  /** @return the field; never a person's name, e-mail, date of birth, mobile or field value */
  @Override
  public String toString() {
    return "FieldChange[" + field.wireName() + "]";
  }
}
