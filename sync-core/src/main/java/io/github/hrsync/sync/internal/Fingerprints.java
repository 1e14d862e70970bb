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
}
