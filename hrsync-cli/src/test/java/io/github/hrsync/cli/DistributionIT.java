package io.github.hrsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an operator gets it: unpacked, {@code bin/hrsync} runs on nothing but
 * Java, prints its version, and runs the demo to the end.
 */
class DistributionIT {
  private static Path unpack(Path into) throws IOException {
    Path archive = Path.of(System.getProperty("hrsync.distribution"));
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Path file = into.resolve(entry.getName()).normalize();
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(zip, file);
        }
      }
    }
    try (var homes = Files.list(into)) {
      return homes.findFirst().orElseThrow();
    }
  }

  private static String run(Path home, int expectedExit, String... args) throws Exception {
    Path script = home.resolve("bin/hrsync");
    Files.setPosixFilePermissions(script, Set.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_EXECUTE));
    ProcessBuilder command = new ProcessBuilder(
        java.util.stream.Stream.concat(java.util.stream.Stream.of(script.toString()),
            List.of(args).stream()).toList()).redirectErrorStream(true);
    command.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = command.start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(expectedExit);
    return output;
  }

  @Test
  void binHrsyncFromTheArchiveRunsTheDemoOnJavaAlone(@TempDir Path dir) throws Exception {
    Path home = unpack(dir);

    assertThat(run(home, 0, "--version")).startsWith("hrsync " + home.getFileName().toString()
        .substring("hrsync-".length()) + " on Java ");
    assertThat(run(home, 0, "demo")).contains("== Summary ==", "== HR Feed: plan again ==",
        "No changes.");
    assertThat(run(home, 2, "plan", "--no-such-flag")).startsWith("error: Unknown option: "
        + "'--no-such-flag' (hrsync plan --help lists the options)");
  }
}
