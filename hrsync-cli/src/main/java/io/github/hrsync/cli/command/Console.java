package io.github.hrsync.cli.command;

import io.github.hrsync.core.ratelimit.Sleeper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Where a command runs: what it prints to (results to {@code out}; progress, the SDK's lines and
 * errors to {@code err}), the environment credentials are read from, the working directory, the
 * clock, whether {@code err} is a terminal (a redrawn progress bar) or a pipe or log (a line every
 * 10 % or 10 s), and how {@code hrsync sandbox} waits until it is stopped.
 *
 * @param out results: plans, reports, history, JSON
 * @param err progress, the SDK's lines, errors
 * @param env the environment
 * @param workingDirectory where {@code hrsync.yaml} is looked for
 * @param clock the time of approvals, progress lines and the clients
 * @param sleeper how the clients wait between retries and for the rate limit
 * @param terminal whether {@code err} is a terminal
 * @param awaitStop returns when {@code hrsync sandbox} should stop
 */
public record Console(PrintStream out, PrintStream err, Map<String, String> env,
    Path workingDirectory, Clock clock, Sleeper sleeper, boolean terminal,
    Runnable awaitStop) {

  /** @return the process's own streams, environment and directory; stopped by Ctrl-C */
  public static Console system() {
    return new Console(System.out, System.err, System.getenv(), Path.of("").toAbsolutePath(),
        Clock.systemUTC(), Sleeper.system(), System.console() != null, Console::untilKilled);
  }

  private static void untilKilled() {
    try {
      Thread.currentThread().join(); // until Ctrl-C or SIGTERM ends the JVM
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
