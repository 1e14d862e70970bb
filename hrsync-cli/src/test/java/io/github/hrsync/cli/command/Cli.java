package io.github.hrsync.cli.command;

import io.github.hrsync.testkit.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.hrsync.core.ratelimit.Sleeper;
import io.github.hrsync.testkit.VirtualClock;
import java.time.Instant;
import java.util.Map;

/** Runs the tool's {@code main} in-process in a working directory, as an operator would. */
final class Cli {
  /** The sandbox's public credentials, as an operator exports them. */
  static final Map<String, String> SANDBOX_ENV = Map.of(
      "JOBTICKET_KEY_ID", Sandbox.JOBTICKET_KEY_ID,
      "JOBTICKET_KEY_SECRET", Sandbox.JOBTICKET_KEY_SECRET,
      "HR_FEED_TOKEN", Sandbox.HR_FEED_TOKEN);

  /** Time moves only when the tool waits: retries and rate-limit waits take no real time. */
  private static final VirtualClock CLOCK = new VirtualClock(Instant.parse("2026-12-06T02:00:00Z"));

  private final Path directory;
  private final Map<String, String> env;

  Cli(Path directory, Map<String, String> env) {
    this.directory = directory;
    this.env = env;
  }

  /** What one run printed and how it exited. */
  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = HrsyncCommand.run(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, directory, CLOCK,
        Sleeper.virtual(CLOCK, CLOCK::sleepUntil), false, () -> { }), args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Writes a file in the working directory. */
  Path write(String name, String text) {
    try {
      return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A roster of people 1 to {@code count} in hrsync's columns. */
  Path roster(String name, int from, int to) {
    StringBuilder csv = new StringBuilder("hrId,firstName,lastName,email,dateOfBirth\n");
    for (int i = from; i <= to; i++) {
      csv.append("E").append(i).append(",First").append(i).append(",Last").append(i)
          .append(",p").append(i).append("@example.com,1980-01-").append(String.format("%02d",
              1 + i % 28)).append('\n');
    }
    return write(name, csv.toString());
  }

  /** An hrsync.yaml naming both of the sandbox's targets, credentials by reference. */
  Path config(Sandbox sandbox, String roster) {
    return write("hrsync.yaml", "jobticket:\n"
        + "  url: " + sandbox.jobTicketUrl() + "\n"
        + "  integrationId: 7\n"
        + "  keyId: {env: JOBTICKET_KEY_ID}\n"
        + "  keySecret: {env: JOBTICKET_KEY_SECRET}\n"
        + "hrfeed:\n"
        + "  url: " + sandbox.hrFeedUrl() + "\n"
        + "  token: {env: HR_FEED_TOKEN}\n"
        + "roster:\n"
        + "  file: " + roster + "\n"
        + "runLog: run-log\n"
        + "rateBudgetDir: rate-budgets\n");
  }
}
