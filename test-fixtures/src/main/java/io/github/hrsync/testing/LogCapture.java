package io.github.hrsync.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every record the SDK logs (System.Logger routes to java.util.logging by default) at
 * every level, formatted as a user's log file would show them.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger = Logger.getLogger("io.github.hrsync");
  private final Level previous = logger.getLevel();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      lines.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  public LogCapture() {
    handler.setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  public String text() {
    return String.join("", lines);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
  }
}
