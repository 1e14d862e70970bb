package io.github.hrsync.core.internal.observe;

import io.github.hrsync.core.observe.CallObserver;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tells every registered observer of an event, in registration order. An observer that throws is
 * logged (its class and the exception's, never a message, which may quote data) and skipped: it
 * never breaks the call or the sync that told it. Immutable and thread-safe.
 *
 * @param <T> the observer type
 */
public final class Observers<T extends CallObserver> {
  private static final System.Logger LOG = System.getLogger("io.github.hrsync.observe");

  private final List<T> observers;

  private Observers(List<T> observers) {
    this.observers = List.copyOf(observers);
  }

  /**
   * @param observers the observers, in the order they are told
   * @param <T> the observer type
   * @return the fan-out
   */
  public static <T extends CallObserver> Observers<T> of(List<T> observers) {
    return new Observers<>(observers);
  }

  /** @return whether no observer is registered */
  public boolean isEmpty() {
    return observers.isEmpty();
  }

  /** @return the observers, in order */
  public List<T> list() {
    return observers;
  }

  /**
   * Tells each observer; one that throws is skipped.
   *
   * @param event what to tell an observer
   */
  public void tell(Consumer<? super T> event) {
    for (T observer : observers) {
      try {
        event.accept(observer);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable failure) {
        LOG.log(Level.WARNING, () -> "observer " + observer.getClass().getName() + " threw "
            + failure.getClass().getName() + "; it was skipped");
      }
    }
  }

  /**
   * Lets each observer wrap work handed to another thread; one that throws leaves the task as it
   * was.
   *
   * @param task the work
   * @return the work wrapped by every observer
   */
  public Runnable propagate(Runnable task) {
    Runnable wrapped = task;
    for (T observer : observers) {
      Runnable inner = wrapped;
      try {
        wrapped = java.util.Objects.requireNonNull(observer.propagate(inner));
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable failure) {
        LOG.log(Level.WARNING, () -> "observer " + observer.getClass().getName() + " threw "
            + failure.getClass().getName() + " wrapping a task; it was skipped");
        wrapped = inner;
      }
    }
    return wrapped;
  }
}
