package io.github.hrsync.cli.output;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Shows the SDK's log (retries, giving up, rate-limit waits) in a program's output as single
 * readable lines, {@code [hrsync] GET /users retry 1 of 3 in 180 ms after: ...}, instead of
 * {@code java.util.logging}'s two-line records on standard error: INFO and above, everything
 * with {@code --verbose}. Closing it restores the previous logging.
 */
public final class SdkLog implements AutoCloseable {
  /** Wide enough to cover a progress bar line. */
  private static final int PROGRESS_WIDTH = 48;

  private final Logger logger = Logger.getLogger("io.github.hrsync");
  private final Level previousLevel;
  private final boolean previousParents;
  private final Handler handler;

  private SdkLog(PrintStream out, boolean verbose) {
    previousLevel = logger.getLevel();
    previousParents = logger.getUseParentHandlers();
    handler = new Handler() {
      private final Formatter formatter = new Formatter() {
        @Override
        public String format(LogRecord record) {
          return "  [hrsync] " + formatMessage(record);
        }
      };

      @Override
      public void publish(LogRecord record) {
        if (isLoggable(record)) {
          // \r and the padding clear a progress bar drawn on this line; it redraws below
          out.println("\r" + String.format("%-" + PROGRESS_WIDTH + "s", formatter.format(record)));
        }
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {}
    };
    Level level = verbose ? Level.ALL : Level.INFO;
    handler.setLevel(level);
    logger.setLevel(level);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  public static SdkLog to(PrintStream out, boolean verbose) {
    return new SdkLog(out, verbose);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(previousParents);
    logger.setLevel(previousLevel);
  }
}
