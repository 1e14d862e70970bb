package io.github.hrsync.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of streamed content. */
public final class Fingerprints {
  /** The length of the fingerprint a human approves: 48 bits, plenty to name one plan. */
  public static final int SHORT = 12;

  private Fingerprints() {}

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Feeds a stream into the digest without holding it in memory. */
  public static void update(MessageDigest digest, InputStream content) {
    try (InputStream in = content;
        DigestOutputStream out = new DigestOutputStream(java.io.OutputStream.nullOutputStream(),
            digest)) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Feeds one line of text pieces into a digest through a reused buffer, without building the
   * line as a string first: the bytes are exactly those of the pieces joined and encoded as
   * UTF-8. Not thread-safe; one per digest.
   */
  public static final class Line {
    private final MessageDigest digest;
    private byte[] buffer = new byte[256];
    private int length;

    /** @param digest the digest the lines go into */
    public Line(MessageDigest digest) {
      this.digest = digest;
    }

    /**
     * @param piece the next piece, written as {@code String.valueOf} writes it
     * @return this line
     */
    public Line add(@org.jspecify.annotations.Nullable Object piece) {
      String text = String.valueOf(piece);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 128) {
          put(text.substring(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          return this;
        }
        room(1);
        buffer[length++] = (byte) c;
      }
      return this;
    }

    /** Ends the line with a line break and feeds it to the digest. */
    public void end() {
      room(1);
      buffer[length++] = '\n';
      digest.update(buffer, 0, length);
      length = 0;
    }

    private void put(byte[] bytes) {
      room(bytes.length);
      System.arraycopy(bytes, 0, buffer, length, bytes.length);
      length += bytes.length;
    }

    private void room(int more) {
      if (length + more > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
      }
    }
  }
}
