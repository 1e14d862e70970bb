package io.github.hrsync.sync.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A roster row's custom fields: an immutable map in insertion order that the planner reads by
 * index, since iterating a map's entries allocates an iterator and an entry per call, and a plan
 * of 100,000 rows would make most of its garbage that way. Lookups scan (a row has a handful).
 * Like the map it replaces, it keeps a {@code null} name or value as given, for roster
 * validation to report.
 */
public final class FieldMap extends AbstractMap<String, String> {
  private static final FieldMap EMPTY = new FieldMap(new String[0], new String[0]);

  private final @Nullable String[] names;
  private final @Nullable String[] values;

  private FieldMap(@Nullable String[] names, @Nullable String[] values) {
    this.names = names;
    this.values = values;
  }

  /**
   * @param map any map
   * @return the map itself when it is a {@code FieldMap}, else an immutable copy in its order
   */
  public static FieldMap copyOf(Map<String, String> map) {
    if (map instanceof FieldMap fields) {
      return fields;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    @Nullable String[] names = new String[map.size()];
    @Nullable String[] values = new String[map.size()];
    int i = 0;
    for (Map.Entry<String, String> entry : map.entrySet()) {
      names[i] = entry.getKey();
      values[i++] = entry.getValue();
    }
    return new FieldMap(names, values);
  }

  @Override
  public int size() {
    return names.length;
  }

  /**
   * @param index from 0 to {@link #size()}
   * @return the name at that position
   */
  public @Nullable String nameAt(int index) {
    return names[index];
  }

  /**
   * @param index from 0 to {@link #size()}
   * @return the value at that position
   */
  public @Nullable String valueAt(int index) {
    return values[index];
  }

  @Override
  public @Nullable String get(@Nullable Object key) {
    for (int i = 0; i < names.length; i++) {
      if (Objects.equals(names[i], key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    for (@Nullable String name : names) {
      if (Objects.equals(name, key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  @SuppressWarnings("NullAway") // a null name or value is kept as given, for validation
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.length;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> entry =
                new AbstractMap.SimpleImmutableEntry<>(names[next], values[next]);
            next++;
            return entry;
          }
        };
      }
    };
  }
}
