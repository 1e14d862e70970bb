package io.github.hrsync.sync.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link RunLog} of JSON Lines files in one directory: {@code runs.jsonl}, and up to
 * {@code maxFiles - 1} older ones ({@code runs.1.jsonl} the newest of them). Append-only: each
 * line is written by one write under an exclusive lock of {@code runs.lock}, so processes
 * sharing the directory never interleave. A process killed part-way leaves whole lines: a torn
 * last line (a full disk) is fenced off by a line break before the next append, and skipped when
 * read. When {@code runs.jsonl} has reached {@code maxFileBytes}, the next run starts a new file
 * (a run is never split between files) and the oldest files beyond {@code maxFiles} are deleted
 * once they were last written more than {@link #KEEP} ago, so that rotation never drops a run
 * the guard across runs may sum: the directory stays under about {@code maxFiles ×
 * maxFileBytes} unless more than that is written within a year.
 *
 * <p>Lines survive a killed process (they are in the operating system's hands once written); a
 * power failure may lose the last ones. A log file that is a link, a directory or a device is
 * refused. Thread-safe and safe across processes on one machine.
 */
public final class FileRunLog implements RunLog {
  /** The default size at which a new file is begun: 32 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;
  /** The default number of files kept, the current one included. */
  public static final int DEFAULT_MAX_FILES = 8;
  private static final String CURRENT = "runs.jsonl";
  private static final String RUN_ID = "{\"runId\":\"";
  private static final Pattern AGED = Pattern.compile("runs\\.([0-9]+)\\.jsonl");
  /**
   * How long a file is kept after its last write, past {@code maxFiles} if need be: the longest
   * window the guard across runs reads (one year and a day).
   */
  public static final Duration KEEP = Duration.ofDays(366);
  /** The longest line read: no line hrsync writes comes near it; a longer one is skipped. */
  static final int MAX_LINE_CHARS = 1 << 20;
  private static final System.Logger LOG = System.getLogger(FileRunLog.class.getName());
  /** One turn per lock file in this JVM: the file lock itself is held for the whole JVM. */
  private static final Map<Path, ReentrantLock> JVM_TURNS = new ConcurrentHashMap<>();

  private final Path directory;
  private final long maxFileBytes;
  private final int maxFiles;

  private FileRunLog(Path directory, long maxFileBytes, int maxFiles) {
    this.directory = directory;
    this.maxFileBytes = maxFileBytes;
    this.maxFiles = maxFiles;
  }

  /**
   * A log with the default bounds: files of 32 MiB, 8 of them.
   *
   * @param directory the directory (created if missing)
   * @return the log
   * @throws RunLogException when the directory cannot be created
   */
  public static FileRunLog open(Path directory) {
    return open(directory, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES);
  }

  /**
   * @param directory the directory (created if missing)
   * @param maxFileBytes the size at which the next run begins a new file (at least 1 KiB)
   * @param maxFiles how many files are kept, the current one included (1 to 1000)
   * @return the log
   * @throws IllegalArgumentException when a bound is out of range
   * @throws RunLogException when the directory cannot be created
   */
  public static FileRunLog open(Path directory, long maxFileBytes, int maxFiles) {
    Objects.requireNonNull(directory, "directory");
    if (maxFileBytes < 1024) {
      throw new IllegalArgumentException("maxFileBytes must be at least 1024, was "
          + maxFileBytes);
    }
    if (maxFiles < 1 || maxFiles > 1000) {
      throw new IllegalArgumentException("maxFiles must be 1 to 1000, was " + maxFiles);
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new RunLogException("run log directory " + directory + " cannot be created ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return new FileRunLog(directory, maxFileBytes, maxFiles);
  }

  /** @return the directory the log is kept in */
  public Path directory() {
    return directory;
  }

  @Override
  public void append(String runId, boolean first, String line) {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0 || !line.startsWith("{")) {
      throw new IllegalArgumentException("a run log line is one JSON object on one line");
    }
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    Path lockPath = directory.resolve("runs.lock").toAbsolutePath().normalize();
    // a file lock is held for the whole JVM: threads of one JVM take turns first
    ReentrantLock turn = JVM_TURNS.computeIfAbsent(lockPath, key -> new ReentrantLock());
    turn.lock();
    try (FileChannel lockFile = FileChannel.open(regular(lockPath),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      Path current = regular(directory.resolve(CURRENT));
      if (first && Files.exists(current) && Files.size(current) >= maxFileBytes) {
        rotate();
      }
      // one channel reads the last byte and appends: every writer holds the lock, so the end
      // of the file is this writer's to write at
      try (FileChannel out = FileChannel.open(current, StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        long end = out.size();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (end > 0 && !endsWithLineBreak(out, end)) {
          buffer = ByteBuffer.wrap(("\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.position(end);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
    } catch (IOException e) {
      throw new RunLogException("run log " + directory + " could not be written ("
          + e.getClass().getSimpleName() + ")", e);
    } finally {
      turn.unlock();
    }
  }

  private static boolean endsWithLineBreak(FileChannel file, long size) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    file.read(last, size - 1);
    return last.get(0) == '\n';
  }

  /**
   * Shifts every file one older, then deletes, oldest first, the files beyond {@code maxFiles}
   * that were last written before {@link #KEEP}: a file that may hold a run of the longest
   * window the guard across runs reads is kept, past {@code maxFiles} if need be.
   */
  private void rotate() throws IOException {
    int oldest = oldestAge();
    for (int age = oldest; age >= 0; age--) {
      Path from = file(age);
      if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(from, file(age + 1), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    FileTime keepFrom = FileTime.from(Instant.now().minus(KEEP));
    for (int age = oldest + 1; age >= maxFiles; age--) {
      Path file = file(age);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).compareTo(keepFrom) >= 0) {
        break; // this one and every younger one may hold runs of the window
      }
      Files.deleteIfExists(file);
    }
  }

  /** The age of the oldest file there is: 0 when there is only the current one, or none. */
  private int oldestAge() throws IOException {
    int oldest = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "runs.*.jsonl")) {
      for (Path file : files) {
        Matcher age = AGED.matcher(file.getFileName().toString());
        if (age.matches() && age.group(1).length() < 6) {
          oldest = Math.max(oldest, Integer.parseInt(age.group(1)));
        }
      }
    }
    return oldest;
  }

  private Path file(int age) {
    return directory.resolve(age == 0 ? CURRENT : "runs." + age + ".jsonl");
  }

  /** The files there are, oldest first. */
  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int age = oldestAge(); age >= 0; age--) {
      Path file = file(age);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        files.add(regular(file));
      }
    }
    return files;
  }

  @Override
  public void read(String runId, Consumer<String> lines) {
    String prefix = RUN_ID + runId + "\"";
    eachLine(line -> {
      if (line.startsWith(prefix)) {
        lines.accept(line);
      }
    });
  }

  /** Reads the files twice, never once per run: the last runs' ids, then their lines. */
  @Override
  public void readRecent(int limit, Consumer<String> lines) {
    Set<String> runs = new HashSet<>(recentRunIds(limit));
    eachLine(line -> {
      String id = runIdOf(line);
      if (id != null && runs.contains(id)) {
        lines.accept(line);
      }
    });
  }

  @Override
  public List<String> recentRunIds(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    Deque<String> last = new ArrayDeque<>();
    eachLine(line -> {
      String id = firstLineRunId(line);
      if (id != null) {
        if (last.size() == limit) {
          last.removeFirst();
        }
        last.addLast(id);
      }
    });
    List<String> newestFirst = new ArrayList<>(last);
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** The run id of a run's first line (its {@code "event":"run"} member comes second). */
  private static @org.jspecify.annotations.Nullable String firstLineRunId(String line) {
    String id = runIdOf(line);
    return id != null && line.startsWith(",\"event\":\"run\"", RUN_ID.length() + id.length()
        + 1) ? id : null;
  }

  /** The run id a line begins with, as every line the log appends does. */
  private static @org.jspecify.annotations.Nullable String runIdOf(String line) {
    int end = line.indexOf('"', RUN_ID.length());
    return line.startsWith(RUN_ID) && end >= 0 ? line.substring(RUN_ID.length(), end) : null;
  }

  private void eachLine(Consumer<String> each) {
    int skipped = 0;
    try {
      for (Path file : files()) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)), StandardCharsets.UTF_8))) {
          StringBuilder line = new StringBuilder();
          boolean tooLong = false;
          for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
              if (tooLong) {
                skipped++;
              } else {
                each.accept(line.toString());
              }
              line.setLength(0);
              tooLong = false;
            } else if (line.length() == MAX_LINE_CHARS) {
              tooLong = true; // read on to the line's end without keeping it
              line.setLength(0);
            } else if (!tooLong) {
              line.append((char) c);
            }
          }
          if (line.length() > 0 && !tooLong) {
            each.accept(line.toString()); // a last line without its line break
          }
        }
      }
    } catch (IOException e) {
      throw new RunLogException("run log " + directory + " could not be read ("
          + e.getClass().getSimpleName() + ")", e);
    }
    if (skipped > 0) {
      LOG.log(System.Logger.Level.WARNING, "run log " + directory + " has " + skipped
          + " line(s) over " + MAX_LINE_CHARS + " characters; they were skipped");
    }
  }

  /** Refuses a log file that is a link, a directory or a device; a missing one is fine. */
  private Path regular(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        throw new RunLogException("run log file " + file + " is not a regular file (a link, "
            + "directory or device); refusing to use it", null);
      }
    } catch (java.nio.file.NoSuchFileException missing) {
      // created on first write
    } catch (IOException e) {
      throw new RunLogException("run log file " + file + " cannot be inspected ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return file;
  }

  @Override
  public String toString() {
    return "FileRunLog[" + directory + "]";
  }
}
