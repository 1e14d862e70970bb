package io.github.hrsync.core.ratelimit;

import io.github.hrsync.core.internal.text.Sha256;
import io.github.hrsync.core.error.RateBudgetException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Rate budgets in files that every process on one host shares: a file per budget (per
 * credential) in one directory. Each step locks the budget's {@code .lock} file (an operating
 * system lock, dropped when a process dies), reads the budget's {@code .budget} file, and writes
 * the new state to a temporary file that atomically replaces it. A process killed at any moment
 * leaves the old or the new state, never a torn one, and keeps at most its own reserved slots
 * until their leases end. A file that is not an hrsync rate budget, or belongs to another budget,
 * is a {@link RateBudgetException}, never silently reset.
 *
 * <p>File names are the budget's name (for JobTicket, {@code jobticket-} and the API key id; never
 * a secret), with any character outside {@code A-Z a-z 0-9 . _ -} replaced and a short hash
 * appended when that changed the name. A directory the store creates is open to its owner only,
 * where the file system supports it; the files hold no secret. The files are not synced to disk
 * on every step: a power loss can forget the last slots, which a reboot outlasts anyway.
 *
 * <pre>{@code
 * JobTicketClient client = JobTicketClient.builder().credentials(keyId, secret)
 *     .rateBudgetStore(FileRateBudgetStore.inDefaultDirectory()).build();
 * }</pre>
 *
 * Thread-safe; any number of instances on one directory, in one or many JVMs, share it.
 */
public final class FileRateBudgetStore extends TextRateBudgetStore {
  /** One JVM may hold a file lock only once; its threads take turns per file first. */
  private static final Map<Path, ReentrantLock> JVM_TURNS = new ConcurrentHashMap<>();
  private static final int MAX_NAME = 100;
  /** The longest a step waits for another process's lock on a budget file unless set. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

  private final Path directory;
  private final Duration lockWait;

  private FileRateBudgetStore(Path directory, Duration lockWait) {
    this.directory = directory;
    this.lockWait = lockWait;
  }

  /**
   * A store in the given directory, created when missing.
   *
   * @param directory where the budget files live (for example on a volume every job mounts)
   * @return the store
   * @throws RateBudgetException when the directory cannot be created
   */
  public static FileRateBudgetStore in(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    try {
      if (!Files.isDirectory(absolute)) {
        if (ownerOnly()) {
          Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(
              PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(absolute);
        }
      }
      // one real path per directory, so that threads of this JVM take turns on each file
      return new FileRateBudgetStore(absolute.toRealPath(), DEFAULT_LOCK_WAIT);
    } catch (IOException e) {
      throw new RateBudgetException("cannot create the rate budget directory " + absolute
          + ": " + e, e);
    }
  }

  /**
   * A store in {@link #defaultDirectory()}.
   *
   * @return the store
   * @throws RateBudgetException when the directory cannot be created
   */
  public static FileRateBudgetStore inDefaultDirectory() {
    return in(defaultDirectory());
  }

  /**
   * The directory every process of the same user finds without configuration: the system
   * property {@code hrsync.rateBudgetDir} if set, else {@code .hrsync/rate-budgets} in the user's
   * home directory.
   *
   * @return the directory (not created by this method)
   */
  public static Path defaultDirectory() {
    String configured = System.getProperty("hrsync.rateBudgetDir");
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".hrsync", "rate-budgets");
  }

  /**
   * This store, waiting at most {@code lockWait} for another process's lock on a budget file
   * before the step fails with {@link RateBudgetException}. A step holds the lock for a moment;
   * a longer hold means a process stopped in the middle of one (a debugger, {@code SIGSTOP}).
   *
   * @param lockWait positive
   * @return a store on the same directory
   */
  public FileRateBudgetStore withLockWait(Duration lockWait) {
    if (lockWait.isNegative() || lockWait.isZero()) {
      throw new IllegalArgumentException("lockWait must be positive, was " + lockWait);
    }
    return new FileRateBudgetStore(directory, lockWait);
  }

  /** @return the directory the budget files live in */
  public Path directory() {
    return directory;
  }

  /**
   * The file a budget lives in.
   *
   * @param budget the budget's name
   * @return its {@code .budget} file in {@link #directory()}
   */
  public Path file(String budget) {
    return directory.resolve(fileName(budget) + ".budget");
  }

  @Override
  @SuppressWarnings("try") // the file lock is held for the body, never called
  protected void update(String budget, Duration maxWait, Function<@Nullable String, String> change)
      throws InterruptedException {
    Path file = file(budget);
    long giveUpAt = System.nanoTime() + Math.min(nanos(lockWait), nanos(maxWait));
    ReentrantLock turn = JVM_TURNS.computeIfAbsent(file, key -> new ReentrantLock());
    if (!turn.tryLock(Math.max(0, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      throw new RateBudgetException("another thread of this process held " + file + " for over "
          + waited(maxWait) + "; it waits for another process's lock", null);
    }
    try {
      Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
      try (FileChannel channel = openLockFile(lockFile);
          FileLock lock = lock(channel, lockFile, giveUpAt, maxWait)) {
        String text = read(file);
        String changed = change.apply(text);
        if (!changed.equals(text)) {
          Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
          // a fresh file, never one left behind (or planted as a link) in a shared directory
          Files.deleteIfExists(temporary);
          Files.writeString(temporary, changed, StandardCharsets.UTF_8,
              StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (AccessDeniedException e) {
        throw new RateBudgetException("no access to rate budget file " + e.getFile()
            + "; check its owner and permissions, or choose another directory", e);
      } catch (ClosedByInterruptException e) {
        Thread.interrupted(); // the flag is the caller's to set again, with the exception
        InterruptedException interrupted = new InterruptedException("interrupted using " + file);
        interrupted.initCause(e);
        throw interrupted;
      } catch (IOException e) {
        throw new RateBudgetException("cannot use " + describe(budget) + ": " + e, e);
      }
    } finally {
      turn.unlock();
    }
  }

  @Override
  protected String describe(String budget) {
    return "rate budget file " + file(budget);
  }

  /**
   * Opens the lock file, refusing a FIFO, device, directory or link planted in its place: it
   * would block the open, or create or lock the link's target.
   */
  private static FileChannel openLockFile(Path lockFile) throws IOException {
    requireRegularOrAbsent(lockFile);
    return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
  }

  /** Takes the file lock, waiting for another process's until {@code giveUpAt} at most. */
  private FileLock lock(FileChannel channel, Path lockFile, long giveUpAt, Duration maxWait)
      throws IOException, InterruptedException {
    for (long pauseMicros = 50; ; pauseMicros = Math.min(pauseMicros * 2, 2_000)) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() - giveUpAt > 0) {
        throw new RateBudgetException("another process has held " + lockFile + " for over "
            + waited(maxWait) + "; it may be stopped in the middle of a step (a debugger, "
            + "SIGSTOP)", null);
      }
      Thread.sleep(pauseMicros / 1_000, (int) (pauseMicros % 1_000) * 1_000);
    }
  }

  /** What a step waited at most: the store's lock wait, or less when the call's deadline is near. */
  private String waited(Duration maxWait) {
    return maxWait.compareTo(lockWait) < 0 ? maxWait + " (the time left before the call's "
        + "deadline)" : lockWait.toString();
  }

  private static long nanos(Duration duration) {
    return duration.isNegative() ? 0 : duration.compareTo(Duration.ofDays(365)) > 0
        ? Duration.ofDays(365).toNanos() : duration.toNanos();
  }

  /** Refuses anything but a regular file, before any open could block on it or follow it. */
  private static void requireRegularOrAbsent(Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException absent) {
      return;
    }
    if (!attributes.isRegularFile()) {
      throw new RateBudgetException(path + " is not a regular file (" + kind(attributes)
          + "); it was not opened. Remove it when no process is running against this budget",
          null);
    }
    if (attributes.size() > MAX_TEXT_BYTES) {
      throw new RateBudgetException(path + " has " + attributes.size() + " bytes, more than a "
          + "rate budget ever holds (" + MAX_TEXT_BYTES + "); it was not read. Remove it when no "
          + "process is running against this budget", null);
    }
  }

  private static String kind(BasicFileAttributes attributes) {
    return attributes.isSymbolicLink() ? "a symbolic link" : attributes.isDirectory()
        ? "a directory" : "a FIFO, socket or device";
  }

  /**
   * The file's text, or {@code null} when there is none yet. Bytes that are not UTF-8 are read as
   * replacement characters, so a foreign binary file fails decoding like any foreign text.
   */
  private static @Nullable String read(Path file) throws IOException {
    requireRegularOrAbsent(file);
    try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer bytes = ByteBuffer.allocate(MAX_TEXT_BYTES + 1);
      while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
        // read to the end, or one byte past the most a budget holds
      }
      if (!bytes.hasRemaining()) {
        throw new RateBudgetException(file + " holds more than " + MAX_TEXT_BYTES + " bytes; it "
            + "is not a rate budget", null);
      }
      return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The budget's name made safe as a file name on every system, distinct per budget. */
  static String fileName(String budget) {
    if (budget.isEmpty()) {
      throw new IllegalArgumentException("budget name must not be empty");
    }
    String safe = budget.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.equals(budget) && budget.length() <= MAX_NAME && !budget.startsWith(".")) {
      return budget;
    }
    String cut = safe.length() > MAX_NAME ? safe.substring(0, MAX_NAME) : safe;
    return (cut.startsWith(".") ? "_" + cut.substring(1) : cut) + "-" + Sha256.hexPrefix(budget, 6);
  }



  private static boolean ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Override
  public String toString() {
    return "FileRateBudgetStore[" + directory + "]";
  }
}
