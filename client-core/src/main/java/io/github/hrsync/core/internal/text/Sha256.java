package io.github.hrsync.core.internal.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every Java platform has, without the checked exception that says otherwise. */
public final class Sha256 {
  private Sha256() {}

  /** @return a fresh SHA-256 digest */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /**
   * @param text the text to hash, as UTF-8
   * @param bytes how many bytes of the hash to keep
   * @return the first {@code bytes} bytes of the text's SHA-256, in lower-case hex
   */
  public static String hexPrefix(String text, int bytes) {
    return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)),
        0, bytes);
  }
}
