package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs to the end against the sandbox and does what its Javadoc says. */
class ExamplesTest {
  private static final String MAPPING = "encoding: windows-1252\nfields:\n"
      + "  hrId: {column: Personalnummer}\n  firstName: {column: Vorname}\n"
      + "  lastName: {column: Nachname}\n  email: {column: E-Mail}\n";

  private static Path export(Path dir, int rows) throws Exception {
    StringBuilder csv = new StringBuilder("Personalnummer;Vorname;Nachname;E-Mail\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("P").append(i).append(";J\u00fcrgen").append(i).append(";M\u00fcller;p")
          .append(i).append("@example.com\n");
    }
    Files.write(dir.resolve("export.csv"), csv.toString().getBytes("windows-1252"));
    Files.writeString(dir.resolve("mapping.yaml"), MAPPING);
    return dir;
  }

  private static String text(ByteArrayOutputStream out) {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theNightlyJobSyncsThenRefusesAShortExportUntilItsFingerprintIsApproved(
      @TempDir Path dir) throws Exception {
    export(dir, 10);
    String[] args = {dir.resolve("export.csv").toString(), dir.resolve("mapping.yaml").toString(),
        dir.resolve("run-log").toString()};
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(NightlyJob.run(sandbox, args, new PrintStream(out, true, StandardCharsets.UTF_8)))
          .as(text(out)).isZero();
      export(dir, 5);
      ByteArrayOutputStream refused = new ByteArrayOutputStream();
      assertThat(NightlyJob.run(sandbox, args, new PrintStream(refused, true,
          StandardCharsets.UTF_8))).isEqualTo(1);
      java.util.regex.Matcher first = java.util.regex.Pattern.compile(
          "approve fingerprint (\\w+)").matcher(text(refused)); // JobTicket's comes first
      assertThat(first.find()).as(text(refused)).isTrue();
      String fingerprint = first.group(1);

      String[] approved = {args[0], args[1], args[2], "jobticket=" + fingerprint};
      ByteArrayOutputStream sent = new ByteArrayOutputStream();
      NightlyJob.run(sandbox, approved, new PrintStream(sent, true, StandardCharsets.UTF_8));

      assertThat(sandbox.jobTicket().activeEmployees()).as(text(sent)).hasSize(5);
      assertThat(Files.list(dir.resolve("run-log"))).isNotEmpty();
    }
  }

  @Test
  void oneTargetAppliesTheReviewedHrFeedPlan() {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(OneTarget.run(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8)))
          .isZero();
      assertThat(text(out)).contains("2/2 CREATE");
      assertThat(sandbox.hrFeed().users()).hasSize(2);
    }
  }

  @Test
  void theMappingPreviewShowsRowsWithoutARequestAndABadFileIsOneLine(@TempDir Path dir)
      throws Exception {
    export(dir, 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = PreviewMapping.run(new String[] {dir.resolve("export.csv").toString(),
        dir.resolve("mapping.yaml").toString(), "2"}, new PrintStream(out, true,
        StandardCharsets.UTF_8));
    assertThat(exit).as(text(out)).isZero();
    assertThat(text(out)).contains("J\u00fcrgen1").doesNotContain("J\u00fcrgen3");

    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    PreviewMapping.run(new String[] {"nowhere.csv", dir.resolve("mapping.yaml").toString()},
        new PrintStream(bad, true, StandardCharsets.UTF_8));
    assertThat(text(bad).lines()).hasSize(1).allMatch(line -> line.startsWith("error: "));
  }
}
