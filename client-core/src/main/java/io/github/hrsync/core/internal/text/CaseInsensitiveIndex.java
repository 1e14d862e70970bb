package io.github.hrsync.core.internal.text;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hash index of strings compared by the shared folding rule ({@link TextRules#fold}) without
 * making a folded copy of every ASCII key: the planner looks up 100,000s of ids per plan, and
 * copies would be most of its garbage. For ASCII keys folding is ASCII lower case; other keys
 * are folded in full. Open addressing with linear probing on a keyed hash (crafted collisions
 * cannot be known in advance); removal shifts back the following entries, so no tombstones
 * accumulate. Not thread-safe.
 *
 * @param <V> the value type
 */
public final class CaseInsensitiveIndex<V> {
  /** Drawn once per JVM, so no one can know which keys collide (see {@link #hash}). */
  private static final long SEED = new SecureRandom().nextLong();
  private @Nullable String[] keys;
  private int[] hashes;
  private @Nullable Object[] values;
  private int size;

  /** @param expected about how many keys it will hold */
  public CaseInsensitiveIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
  }

  /**
   * Stores {@code value} unless the key is present.
   *
   * @param key the key
   * @param value the value
   * @return the value already there, or {@code null} when it was stored
   */
  public @Nullable V putIfAbsent(String key, V value) {
    int hash = hash(key);
    int slot = find(key, hash);
    if (keys[slot] != null) {
      return value(slot);
    }
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return null;
  }

  /**
   * @param key the key
   * @return its value, or {@code null} when absent
   */
  public @Nullable V get(String key) {
    int slot = find(key, hash(key));
    return keys[slot] == null ? null : value(slot);
  }

  /**
   * Removes the key.
   *
   * @param key the key
   * @return its value, or {@code null} when it was absent
   */
  public @Nullable V remove(String key) {
    int slot = find(key, hash(key));
    if (keys[slot] == null) {
      return null;
    }
    V removed = value(slot);
    int mask = keys.length - 1;
    int hole = slot;
    for (int next = (slot + 1) & mask; keys[next] != null; next = (next + 1) & mask) {
      int home = hashes[next] & mask;
      // move the entry back into the hole when the hole lies on its probe path
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        keys[hole] = keys[next];
        hashes[hole] = hashes[next];
        values[hole] = values[next];
        hole = next;
      }
    }
    keys[hole] = null;
    values[hole] = null;
    size--;
    return removed;
  }

  /**
   * The slot of a key, for callers that keep data of their own beside each key: a slot stays the
   * key's until the index grows or a key is removed.
   *
   * @param key the key
   * @return its slot, or -1 when absent
   */
  public int slotOf(String key) {
    int slot = find(key, hash(key));
    return keys[slot] == null ? -1 : slot;
  }

  /** @return the number of slots: every slot is below it */
  public int capacity() {
    return keys.length;
  }

  /** @return whether no key is present */
  public boolean isEmpty() {
    return size == 0;
  }

  /** @return the values present, in slot order */
  public List<V> values() {
    List<V> all = new ArrayList<>(size);
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != null) {
        all.add(value(slot));
      }
    }
    return all;
  }

  private int find(String key, int hash) {
    int mask = keys.length - 1;
    int slot = hash & mask;
    for (String there = keys[slot]; there != null && (hashes[slot] != hash || !same(there, key));
        there = keys[slot]) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    @Nullable String[] oldKeys = keys;
    int[] oldHashes = hashes;
    @Nullable Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    for (int slot = 0; slot < oldKeys.length; slot++) {
      String key = oldKeys[slot];
      if (key != null) {
        int target = find(key, oldHashes[slot]);
        keys[target] = key;
        hashes[target] = oldHashes[slot];
        values[target] = oldValues[slot];
      }
    }
  }

  /** The value of an occupied slot: never null there, since {@code put} takes no null. */
  @SuppressWarnings("unchecked")
  private V value(int slot) {
    return (V) java.util.Objects.requireNonNull(values[slot]);
  }

  /**
   * @param a a key
   * @param b another key
   * @return whether they are equal under the folding rule
   */
  public static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() == b.length()) {
      // one pass that stops at the first ASCII difference: most keys probed past differ early
      for (int i = 0; i < a.length(); i++) {
        char x = a.charAt(i);
        char y = b.charAt(i);
        if (x >= 128 || y >= 128) {
          return TextRules.sameFolded(a, b);
        }
        if (x != y && lower(x) != lower(y)) {
          return false;
        }
      }
      return true;
    }
    return !(isAscii(a) && isAscii(b)) && TextRules.sameFolded(a, b);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The hash of a key's folded form, keyed with a seed drawn once per JVM: ids crafted to
   * collide (as they can be against any fixed hash, such as {@code String.hashCode}) cannot be
   * known in advance, so a hostile export or listing cannot make the index probe in quadratic
   * time. One pass for ASCII keys, two chars a step.
   *
   * @param key a key
   * @return its keyed hash
   */
  public static int hash(String key) {
    int length = key.length();
    long hash = SEED;
    int i = 0;
    for (; i + 1 < length; i += 2) {
      char a = key.charAt(i);
      char b = key.charAt(i + 1);
      if ((a | b) >= 128) {
        return foldedHash(TextRules.fold(key));
      }
      hash = mix(hash, lower(a) << 16 | lower(b));
    }
    if (i < length) {
      char c = key.charAt(i);
      if (c >= 128) {
        return foldedHash(TextRules.fold(key));
      }
      hash = mix(hash, lower(c));
    }
    return finish(hash, length);
  }

  private static int foldedHash(String folded) {
    long hash = SEED;
    int i = 0;
    for (; i + 1 < folded.length(); i += 2) {
      hash = mix(hash, folded.charAt(i) << 16 | folded.charAt(i + 1));
    }
    if (i < folded.length()) {
      hash = mix(hash, folded.charAt(i));
    }
    return finish(hash, folded.length());
  }

  /** One step: the chunk xored in, then a multiplication and a shift, not linear in either. */
  private static long mix(long hash, int chunk) {
    long mixed = (hash ^ chunk) * 0x9E3779B97F4A7C15L;
    return mixed ^ (mixed >>> 29);
  }

  /** The length in (so that a chunk of zeros is not the empty key), folded to 32 bits. */
  private static int finish(long hash, int length) {
    long mixed = (hash ^ length) * 0xBF58476D1CE4E5B9L;
    mixed ^= mixed >>> 31;
    return (int) (mixed ^ (mixed >>> 32));
  }

  private static boolean isAscii(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
