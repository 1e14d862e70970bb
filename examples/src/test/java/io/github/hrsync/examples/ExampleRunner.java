package io.github.hrsync.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
