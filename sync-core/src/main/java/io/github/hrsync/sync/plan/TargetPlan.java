package io.github.hrsync.sync.plan;

import java.time.LocalDate;
import java.util.List;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a sync would do to one target, the same shape for every target: what it adds, changes and
 * removes, the fingerprint an approval names, the guard's verdict, and a rendering like
 * {@code terraform plan}. A plan is a value: immutable, and computed without changing anything.
 */
public interface TargetPlan {

  /** @return the platform the plan is for */
  Target target();

  /** @return the fingerprint that names exactly this plan (an approval quotes it) */
  String fingerprint();

  /** @return how many records the plan creates (JobTicket: employees added by the replace) */
  int adds();

  /** @return how many existing records the plan changes (reactivations included) */
  int changes();

  /** @return how many records the plan removes (offboards, deactivates or deletes) */
  int removals();

  /** @return whether the plan changes nothing the preview can see */
  default boolean isEmpty() {
    return adds() == 0 && changes() == 0 && removals() == 0;
  }

  /**
   * @return the records a removal can act on, which the guard takes its shares of: the
   *     employees JobTicket has; the managed HR Feed users (the active ones when leavers are
   *     deactivated, all of them when leavers are deleted)
   */
  int removableRecords();

  /**
   * @return the dates the target itself records of the removals it has made, evidence that no
   *     run log can lose: JobTicket's {@code cancelledAt} of every employee linked to this
   *     integration that it has offboarded, whoever caused it; none where the target keeps no
   *     such date (the HR Feed)
   */
  default List<LocalDate> removalDates() {
    return List.of();
  }

  /** @return the guard's verdict, as computed with the plan */
  Verdict verdict();

  /**
   * Writes the plan for a person, one line per record it touches and a summary line.
   *
   * @param out where to write
   * @throws UncheckedIOException when {@code out} fails
   */
  void render(Appendable out);

  /** @return {@link #render(Appendable)} as a string (small plans; stream large ones) */
  default String render() {
    StringBuilder text = new StringBuilder();
    render(text);
    return text.toString();
  }

  /**
   * For implementations: appends, turning an {@link IOException} into an unchecked one.
   *
   * @param out where to write
   * @param text what to write
   */
  static void append(Appendable out, CharSequence text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
