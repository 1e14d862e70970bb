package io.github.hrsync.examples;

import io.github.hrsync.testkit.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs an example program body against a fresh sandbox and keeps what it printed. */
final class ExampleRunner implements AutoCloseable {
  final Targets targets;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

  ExampleRunner(String... args) {
    this(Targets.open(args, Map.of()));
  }

  /** Runs against targets that are already open (closing either runner closes them). */
  ExampleRunner(Targets targets) {
    this.targets = targets;
  }

  /**
   * A runner against servers named by {@code args}, as against real ones: the sandbox's
   * credentials come from the environment the program reads.
   */
  static ExampleRunner realServers(List<String> args) {
    return new ExampleRunner(Targets.open(args.toArray(String[]::new), Map.of(
        "JOBTICKET_KEY_ID", Sandbox.JOBTICKET_KEY_ID,
        "JOBTICKET_KEY_SECRET", Sandbox.JOBTICKET_KEY_SECRET,
        "HR_FEED_TOKEN", Sandbox.HR_FEED_TOKEN)));
  }

  /** Writes the header and the first {@code rows} data rows of the bundled sample roster. */
  static Path sampleRoster(Path dir, int rows) throws IOException {
    List<String> lines;
    try (InputStream in = Targets.class.getResourceAsStream("/sample-roster.csv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    Path file = dir.resolve("roster-" + rows + ".csv");
    Files.write(file, lines.subList(0, rows + 1), StandardCharsets.UTF_8);
    return file;
  }

  int run(Program.Body body) {
    return Program.run("test", targets, out, body);
  }

  String output() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    targets.close();
  }
}
