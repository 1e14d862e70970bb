package io.github.hrsync.hrfeed;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user's custom fields, kept exactly as the wire has them: an array of objects, usually one
 * key each ({@code [{"costCenter":"CC-100"},{"employeeNumber":"12345"}]}). Nothing is lost on
 * the way through the SDK: every JSON value kind (text, number, boolean, null, object, array),
 * the order, an element that holds several keys, and a name that appears more than once are all
 * kept, and {@link #toWire()} gives back the same array.
 *
 * <p>Values are plain Java: {@link String}, {@link Number}, {@link Boolean}, {@code null}, an
 * unmodifiable {@link List} or an unmodifiable {@link Map} of them.
 *
 * <p>{@link #with(String, Object)} changes one field in place and leaves every other element
 * untouched, so a sync can send the whole array back without rewriting what it did not change.
 * A name that appears more than once cannot be changed that way: which one is meant is unknown.
 * Immutable.
 */
public final class CustomFields {
  /** The most JSON values (elements, keys' values, items) one user's custom fields may hold. */
  public static final int MAX_VALUES = 10_000;
  /** The deepest nesting of arrays and objects within one user's custom fields. */
  public static final int MAX_DEPTH = 32;
  /** The most characters of names and text one user's custom fields may hold. */
  public static final int MAX_TEXT = 1_000_000;

  private static final CustomFields EMPTY = new CustomFields(List.<@Nullable Object>of(), null);

  /** The elements, scanned by index: a sync compares a million users' fields. */
  private final @Nullable Object[] array;
  private final List<@Nullable Object> elements;
  /** Why the server's fields were not read, or {@code null} when they were. */
  private final @Nullable String unreadable;

  private CustomFields(List<@Nullable Object> elements, @Nullable String unreadable) {
    this.array = elements.toArray();
    this.elements = Collections.unmodifiableList(java.util.Arrays.<@Nullable Object>asList(array));
    this.unreadable = unreadable;
  }

  /**
   * The custom fields of a user the server sent past the limits ({@link #MAX_VALUES},
   * {@link #MAX_DEPTH}, {@link #MAX_TEXT}): nothing of them is kept, so nothing of them can be
   * read or sent back. A sync leaves such a user alone, with a warning.
   *
   * @param why which limit was passed
   * @return the marker
   */
  static CustomFields unreadable(String why) {
    return new CustomFields(List.<@Nullable Object>of(), why);
  }

  /**
   * Whether the server sent more than the SDK reads for one user (see {@link #MAX_VALUES},
   * {@link #MAX_DEPTH}, {@link #MAX_TEXT}); then every accessor but this one, {@link #why()} and
   * {@link #isEmpty()} throws, so that they are never read or written back as if empty.
   *
   * @return whether the fields were left unread
   */
  public boolean isUnreadable() {
    return unreadable != null;
  }

  /** @return which limit the server's fields passed, or {@code null} when they were read */
  public @Nullable String why() {
    return unreadable;
  }

  private void requireRead() {
    if (unreadable != null) {
      throw new CustomFieldsException("the server's custom fields were not read (" + unreadable
          + "); they cannot be used or sent back");
    }
  }

  /** @return no custom fields */
  public static CustomFields empty() {
    return EMPTY;
  }

  /**
   * One single-key element per entry, in map order.
   *
   * @param values field name to value (text, number, boolean, null, list or map)
   * @return the custom fields
   * @throws IllegalArgumentException for a blank name or a value that is no JSON value
   */
  public static CustomFields of(Map<String, ?> values) {
    List<@Nullable Object> elements = new ArrayList<>(values.size());
    values.forEach((name, value) -> elements.add(element(name, copy(value, "customFields."
        + name))));
    return new CustomFields(elements, null);
  }

  /**
   * The custom fields of a wire array, copied deeply.
   *
   * @param wire the array's elements
   * @return the custom fields
   * @throws IllegalArgumentException for a value that is no JSON value
   */
  public static CustomFields fromWire(List<?> wire) {
    if (wire.isEmpty()) {
      return EMPTY;
    }
    List<@Nullable Object> elements = new ArrayList<>(wire.size());
    for (int i = 0; i < wire.size(); i++) {
      elements.add(copy(wire.get(i), "customFields[" + i + "]"));
    }
    return new CustomFields(elements, null);
  }

  /** @return the array as sent on the wire: the elements in order, unmodifiable */
  public List<@Nullable Object> toWire() {
    requireRead();
    return elements;
  }

  /** @return whether there is no element ({@code false} when {@linkplain #isUnreadable unread}) */
  public boolean isEmpty() {
    return array.length == 0 && unreadable == null;
  }

  /**
   * One named value.
   *
   * @param name the field's name
   * @param value its value
   */
  public record Field(String name, @Nullable Object value) {

    /** @return the name; never the value */
    @Override
    public String toString() {
      return "Field[" + name + "]";
    }
  }

  /** @return every named value, in wire order, a repeated name as often as it appears */
  public List<Field> fields() {
    requireRead();
    List<Field> fields = new ArrayList<>();
    for (Object element : array) {
      if (element instanceof Map<?, ?> map) {
        map.forEach((name, value) -> fields.add(new Field((String) name, value)));
      }
    }
    return fields;
  }

  /**
   * @param name a field's name
   * @return how many times the name appears
   */
  public int count(String name) {
    requireRead();
    int count = 0;
    for (Object element : array) {
      if (element instanceof Map<?, ?> map && map.containsKey(name)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The value of a field that appears once.
   *
   * @param name the field's name
   * @return its value ({@code null} for a JSON null)
   * @throws CustomFieldsException when the name does not appear, or appears more than once
   */
  public @Nullable Object value(String name) {
    requireRead();
    Map<?, ?> holder = holderOf(name);
    if (holder == null) {
      throw new CustomFieldsException("no custom field '" + name + "'");
    }
    return holder.get(name);
  }

  /**
   * A copy with one field set: the element that holds the name gets the new value in place (its
   * other keys kept), or a new single-key element is added at the end.
   *
   * @param name the field's name
   * @param value the new value
   * @return the changed copy
   * @throws CustomFieldsException when the name appears more than once
   */
  public CustomFields with(String name, @Nullable Object value) {
    requireRead();
    Object checked = copy(value, "customFields." + name);
    List<@Nullable Object> changed = new ArrayList<>(elements);
    Map<?, ?> holder = holderOf(name);
    if (holder == null) {
      changed.add(element(name, checked));
    } else {
      Map<String, @Nullable Object> updated = new LinkedHashMap<>();
      holder.forEach((key, old) -> updated.put((String) key, key.equals(name) ? checked : old));
      for (int i = 0; i < array.length; i++) {
        if (array[i] == holder) {
          changed.set(i, Collections.unmodifiableMap(updated));
        }
      }
    }
    return new CustomFields(changed, null);
  }

  private @Nullable Map<?, ?> holderOf(String name) {
    Map<?, ?> holder = null;
    for (Object element : array) {
      if (element instanceof Map<?, ?> map && map.containsKey(name)) {
        if (holder != null) {
          throw new CustomFieldsException("custom field '" + name + "' appears " + count(name)
              + " times; which one is meant is unknown");
        }
        holder = map;
      }
    }
    return holder;
  }

  private static Map<String, @Nullable Object> element(String name, @Nullable Object value) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a custom field name must not be blank");
    }
    return Collections.singletonMap(name, value);
  }

  /** A deep, unmodifiable copy of a JSON value; refuses anything else. */
  private static @Nullable Object copy(@Nullable Object value, String where) {
    if (value == null || value instanceof String || value instanceof Boolean
        || value instanceof Integer || value instanceof Long || value instanceof BigInteger
        || value instanceof BigDecimal || value instanceof Double || value instanceof Float
        || value instanceof Short || value instanceof Byte) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copy(list.get(i), where + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((key, item) -> {
        if (!(key instanceof String name)) {
          throw new IllegalArgumentException(where + " has a key that is not text: " + key);
        }
        copy.put(name, copy(item, where + "." + name));
      });
      return Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(where + " is a " + value.getClass().getSimpleName()
        + ", not a JSON value (text, number, boolean, null, list or map)");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CustomFields fields && elements.equals(fields.elements)
        && java.util.Objects.equals(unreadable, fields.unreadable);
  }

  @Override
  public int hashCode() {
    return elements.hashCode() * 31 + java.util.Objects.hashCode(unreadable);
  }

  @Override
  public String toString() {
    return unreadable != null ? "CustomFields[unread: " + unreadable + "]"
        : "CustomFields" + fields().stream().map(Field::name).toList();
  }
}
