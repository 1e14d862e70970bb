package io.github.hrsync.sync.internal;

import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 fingerprints of fields fed line by line. */
public final class Fingerprints {
  /** The length of the fingerprint a human approves: 48 bits, plenty to name one plan. */
  public static final int SHORT = 12;

  private static final com.fasterxml.jackson.databind.ObjectWriter SORTED_JSON =
      io.github.hrsync.core.internal.json.Json.mapper().writer()
          .with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Fingerprints() {}


  /**
   * @param absences a row's absences
   * @return them as JSON with every object's keys sorted (a {@code Map.of}'s order differs from
   *     one JVM to the next), or {@code null} when there are none: one field of a line
   * @throws IllegalArgumentException when they cannot be written as JSON
   */
  public static @org.jspecify.annotations.Nullable String absencesJson(
      java.util.List<java.util.Map<String, Object>> absences) {
    if (absences.isEmpty()) {
      return null;
    }
    try {
      return SORTED_JSON.writeValueAsString(absences);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("absences cannot be written as JSON", e);
    }
  }

  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Feeds lines of fields into a digest through a reused buffer, without building them as
   * strings first. Every field's encoding is prefix-free, so two different sequences of fields
   * never feed the same bytes: a number is a zigzag varint; text is a varint of its length in
   * chars plus one (0 when absent), then each char below {@code U+00FF} as one byte and any
   * other as {@code 0xFF} and its two bytes; a date is 0 when absent, else 1, its year, and its
   * month times 32 plus its day; a flag is one byte. Lines reach the digest in blocks, all of
   * them by {@link #hex()}. Not thread-safe; one per digest.
   */
  public static final class Line {
    private static final int FLUSH_AT = 8192;
    private final MessageDigest digest;
    private byte[] buffer = new byte[FLUSH_AT + 256];
    private char[] chars = new char[64];
    private int length;

    /** @param digest the digest the lines go into */
    public Line(MessageDigest digest) {
      this.digest = digest;
    }

    /**
     * @param text the next field
     * @return this line
     */
    public Line text(@org.jspecify.annotations.Nullable String text) {
      if (text == null) {
        return varint(0);
      }
      int count = text.length();
      varint(count + 1L);
      room(count * 3);
      if (chars.length < count) {
        chars = new char[Math.max(count, chars.length * 2)];
      }
      for (int i = 0; i < count; i++) {
        char c = text.charAt(i);
        if (c < 0xFF) {
          buffer[length++] = (byte) c;
        } else {
          buffer[length++] = (byte) 0xFF;
          buffer[length++] = (byte) (c >>> 8);
          buffer[length++] = (byte) c;
        }
      }
      return this;
    }

    /**
     * @param value the next field
     * @return this line
     */
    public Line number(long value) {
      return varint((value << 1) ^ (value >> 63));
    }

    /**
     * @param date the next field
     * @return this line
     */
    public Line date(java.time.@org.jspecify.annotations.Nullable LocalDate date) {
      return date == null ? varint(0) : varint(1).number(date.getYear())
          .varint(date.getMonthValue() << 5 | date.getDayOfMonth());
    }

    /**
     * @param flag the next field
     * @return this line
     */
    public Line flag(@org.jspecify.annotations.Nullable Boolean flag) {
      return varint(flag == null ? 0 : flag ? 1 : 2);
    }

    /** Ends the line with a line break. */
    public void end() {
      room(1);
      buffer[length++] = '\n';
      if (length >= FLUSH_AT) {
        // lines go to the digest in blocks: each update costs about as much as 100 bytes
        flush();
      }
    }

    /** @return the digest of every line ended so far, in hex; the digest is reset */
    public String hex() {
      flush();
      return Fingerprints.hex(digest);
    }

    private void flush() {
      digest.update(buffer, 0, length);
      length = 0;
    }

    private Line varint(long value) {
      room(10);
      long rest = value;
      while ((rest & ~0x7FL) != 0) {
        buffer[length++] = (byte) (rest | 0x80);
        rest >>>= 7;
      }
      buffer[length++] = (byte) rest;
      return this;
    }

    private void room(int more) {
      if (length + more > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
      }
    }
  }
}
