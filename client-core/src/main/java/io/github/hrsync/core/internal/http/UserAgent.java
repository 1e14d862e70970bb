package io.github.hrsync.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** Builds the {@code User-Agent}: SDK name and version, client, Java and OS, application. */
final class UserAgent {
  static final String SDK_VERSION = readVersion();

  private UserAgent() {}

  static String of(String apiName, @Nullable String applicationName) {
    String agent = "hrsync-java/" + SDK_VERSION + " " + apiName + " (Java "
        + System.getProperty("java.version") + "; " + System.getProperty("os.name") + ")";
    return applicationName == null ? agent : agent + " " + applicationName;
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("hrsync.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
