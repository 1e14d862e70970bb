package io.github.hrsync.core.observe;

import io.github.hrsync.core.ratelimit.RateLimitWait;

/**
 * Hears what a client does on the wire: every attempt of every call as it starts and finishes, each
 * retry it schedules and each wait for its rate limiter. Register one or several with
 * {@code observer(...)} on any client builder; the sync's own observer extends this one, so one
 * implementation can watch both.
 *
 * <p>What an observer is told names no id, name, e-mail or secret: a call carries its route
 * template ({@code /users/{id}}), never the path it was sent to. An observer runs on the calling
 * thread, so it must return quickly; one that throws is logged and skipped, and never breaks a
 * call. Every method does nothing by default. Implementations must be thread-safe.
 */
public interface CallObserver {

  /**
   * An attempt is about to be sent.
   *
   * @param call the attempt
   */
  default void callStarted(HttpCall call) {}

  /**
   * An attempt ended, answered or not. Called once for every {@link #callStarted}, on the same
   * thread.
   *
   * @param call the attempt, as passed to {@link #callStarted}
   * @param result how it ended
   */
  default void callFinished(HttpCall call, CallResult result) {}

  /**
   * An attempt failed in a way the retry policy repeats: the next attempt comes after the wait.
   *
   * @param retry the failed attempt, the wait and why
   */
  default void retryScheduled(RetryScheduled retry) {}

  /**
   * A call is about to wait for its client's rate limiter.
   *
   * @param wait how long, and the limiter's budget
   */
  default void rateLimitWait(RateLimitWait wait) {}

  /**
   * Wraps work the SDK hands to another thread (an apply's operations, a listing's pages read
   * ahead), so that a tracer can carry the caller's context there. Returns the task itself by
   * default.
   *
   * @param task the work
   * @return the work to run in its place
   */
  default Runnable propagate(Runnable task) {
    return task;
  }
}
