package io.github.hrsync.sync.hrfeed;

/**
 * Hears about every finished operation of an apply. Calls are serialised (never two at once), so
 * an implementation need not be thread-safe; it should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * One more operation finished.
   *
   * @param done how many operations have finished, this one included
   * @param total how many the plan holds
   * @param result this operation's result
   */
  void onProgress(int done, int total, OperationResult result);

  /** @return a listener that does nothing */
  static ProgressListener none() {
    return (done, total, result) -> { };
  }
}
