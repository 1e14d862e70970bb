package io.github.hrsync.cli.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a credential is read from: an environment variable or a file, never the config file
 * itself. Its text names the place, never the value.
 *
 * @param fromFile whether {@code name} is a file (else an environment variable)
 * @param name the variable's name or the file's path
 */
public record SecretRef(boolean fromFile, String name) {
  /** The largest credential file read: a token is a few kilobytes. */
  private static final int MAX_FILE_BYTES = 64 * 1024;

  /**
   * @param variable an environment variable
   * @return a reference to it
   */
  public static SecretRef env(String variable) {
    return new SecretRef(false, variable);
  }

  /**
   * Reads the credential.
   *
   * @param env the environment
   * @param field the config field it is for, to name in a problem
   * @return the value (a file's trailing line break removed)
   * @throws ConfigException when the variable is unset or blank, or the file unreadable
   */
  public String resolve(Map<String, String> env, String field) {
    if (!fromFile) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        throw new ConfigException(field + ": the environment variable " + name + " is not set; "
            + "export it, or reference a file with {file: PATH}");
      }
      return value;
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(Path.of(name))) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new ConfigException(field + ": the file " + name + " cannot be read ("
          + e.getClass().getSimpleName() + "); check its path and permissions");
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new ConfigException(field + ": the file " + name + " is larger than a credential ("
          + MAX_FILE_BYTES + " bytes at most); name the file that holds only the credential");
    }
    String value = new String(bytes, StandardCharsets.UTF_8).strip();
    if (value.isEmpty()) {
      throw new ConfigException(field + ": the file " + name + " is empty; write the "
          + "credential in it");
    }
    return value;
  }

  /** @return {@code *** (env NAME)} or {@code *** (file PATH)}: the place, never the value */
  @Override
  public String toString() {
    return "*** (" + (fromFile ? "file " : "env ") + name + ")";
  }
}
