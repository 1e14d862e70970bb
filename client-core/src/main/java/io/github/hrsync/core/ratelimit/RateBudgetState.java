package io.github.hrsync.core.ratelimit;

import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.ratelimit.RateBudgetStore.Reservation;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rate budget's state and its arithmetic, the same in every store: the occupied slots and the
 * lock-out. A slot is taken when a permit is granted. While its request is in flight, the slot is
 * busy until its lease ends plus one window (the longest a holder that died can keep it); once
 * released, until the release plus one window, because the server may have counted the request
 * at any instant up to its release. Stores load the state, apply one change and save it in one
 * transaction, in the text form of {@link #encode()}. Not thread-safe: stores serialise access.
 */
final class RateBudgetState {
  static final String HEADER = "hrsync-rate-budget 1";
  /**
   * How far past one window from now a released slot may be stamped before it is read as a
   * clock step: more than any caller's {@code now} can lag (it is read before the step's wait),
   * so a slow step never shortens a slot another process stamped a little later.
   */
  static final Duration CLOCK_STEP_TOLERANCE = Duration.ofMinutes(1);
  /** The longest rolling window a stored slot may name: no API counts over more than a day. */
  static final Duration MAX_WINDOW = Duration.ofDays(1);

  private final String budget;
  private long nextSlot;
  private @Nullable Instant lockedUntil;
  /**
   * The fewest permits a limiter sharing this budget asked with, and until when that holds: the
   * strictest setting wins while its limiter is active, so processes configured differently
   * never let more through than the strictest of them.
   */
  private int strictest;
  private @Nullable Instant strictestUntil;
  /** In the order granted. */
  private final List<Slot> slots;

  private record Slot(long id, boolean inFlight, Instant busyUntil, Duration window) {
    /** The earliest instant the slot can be free, seen at {@code now}. */
    Instant earliestFree(Instant now) {
      if (!inFlight) {
        return busyUntil;
      }
      Instant ifReleasedNow = now.plus(window);
      return ifReleasedNow.isBefore(busyUntil) ? ifReleasedNow : busyUntil;
    }
  }

  private RateBudgetState(String budget, long nextSlot, @Nullable Instant lockedUntil,
      List<Slot> slots) {
    this.budget = budget;
    this.nextSlot = nextSlot;
    this.lockedUntil = lockedUntil;
    this.slots = slots;
  }

  /**
   * @param budget the budget's name
   * @return the state of a budget nothing has used yet
   */
  public static RateBudgetState empty(String budget) {
    return new RateBudgetState(budget, 1, null, new ArrayList<>());
  }

  /**
   * Takes a slot when fewer than {@code permits} are busy at {@code now} and the budget is not
   * locked out.
   *
   * @param permits the requests allowed per window
   * @param window the rolling window
   * @param now the current instant
   * @param leaseEnd the instant by which the holder releases the slot, unless it dies
   * @return the slot, or when to ask again
   */
  public Reservation reserve(int permits, Duration window, Instant now, Instant leaseEnd) {
    prune(now);
    Instant locked = lockedUntil(now);
    if (locked != null) {
      return new Reservation.Denied(locked, Reservation.Why.LOCKED_OUT);
    }
    int allowed = strictest(permits, window, now);
    if (slots.size() < allowed) {
      long id = nextSlot++;
      slots.add(new Slot(id, true, leaseEnd.plus(window), window));
      return new Reservation.Granted(id);
    }
    Slot first = slots.stream().sorted(Comparator.comparing(slot -> slot.earliestFree(now)))
        .skip(slots.size() - allowed).findFirst().orElseThrow();
    Instant free = first.earliestFree(now);
    return new Reservation.Denied(free, first.inFlight() && free.isBefore(first.busyUntil())
        ? Reservation.Why.IN_FLIGHT : Reservation.Why.FULL);
  }

  /** Records {@code permits} when it is the strictest active setting; returns the strictest. */
  private int strictest(int permits, Duration window, Instant now) {
    boolean active = strictestUntil != null && strictestUntil.isAfter(now);
    if (active && strictest < permits) {
      return strictest;
    }
    strictest = permits;
    strictestUntil = now.plus(window);
    return permits;
  }

  /**
   * Marks a slot's request as answered at {@code at}; the slot stays busy for one window more.
   * A slot already released, or dropped after its lease, is left as it is.
   *
   * @param slot the slot
   * @param at when the response or failure came back
   */
  public void release(long slot, Instant at) {
    for (int i = 0; i < slots.size(); i++) {
      Slot held = slots.get(i);
      if (held.id() == slot && held.inFlight()) {
        // even after its lease: the server may have counted the request up to this instant
        slots.set(i, new Slot(slot, false, at.plus(held.window()), held.window()));
        return;
      }
    }
  }

  /**
   * Records a lock-out; a later one never shortens an earlier one.
   *
   * @param until the end of the lock-out
   */
  public void lockUntil(Instant until) {
    if (lockedUntil == null || until.isAfter(lockedUntil)) {
      lockedUntil = until;
    }
  }

  /**
   * @param now the current instant
   * @return the end of the lock-out, or {@code null} when not locked at {@code now}
   */
  public @Nullable Instant lockedUntil(Instant now) {
    Instant longest = now.plus(RateBudgetStore.MAX_LOCKOUT);
    if (lockedUntil != null && lockedUntil.isAfter(longest)) {
      lockedUntil = longest; // a far-future lock, written by anyone, holds a day at most
    }
    return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
  }

  /**
   * Drops the slots free at {@code now}. A released slot is busy for one window (and the
   * {@linkplain #CLOCK_STEP_TOLERANCE tolerance}) from now at most: a clock stepped back, here or
   * on another host sharing the budget, then costs that long, never the size of the step.
   */
  private void prune(Instant now) {
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      Instant longest = now.plus(slot.window()).plus(CLOCK_STEP_TOLERANCE);
      if (!slot.inFlight() && slot.busyUntil().isAfter(longest)) {
        slots.set(i, new Slot(slot.id(), false, longest, slot.window()));
      }
    }
    slots.removeIf(slot -> !slot.busyUntil().isAfter(now));
    if (lockedUntil != null && !lockedUntil.isAfter(now)) {
      lockedUntil = null;
    }
  }

  /**
   * The state as text, one fact per line (a few kilobytes at most: one line per busy slot).
   *
   * @return the text {@link #decode} reads back
   */
  public String encode() {
    StringBuilder text = new StringBuilder(64 + 80 * slots.size());
    text.append(HEADER).append('\n')
        .append("budget ").append(budget).append('\n')
        .append("next-slot ").append(nextSlot).append('\n');
    if (lockedUntil != null) {
      text.append("locked-until ").append(lockedUntil).append('\n');
    }
    if (strictestUntil != null) {
      text.append("strictest ").append(strictest).append(' ').append(strictestUntil)
          .append('\n');
    }
    for (Slot slot : slots) {
      text.append("slot ").append(slot.id()).append(slot.inFlight() ? " in-flight " : " released ")
          .append(slot.busyUntil()).append(' ').append(slot.window()).append('\n');
    }
    return text.toString();
  }

  /**
   * Reads a state written by {@link #encode()}.
   *
   * @param budget the budget the text must belong to
   * @param text the stored text
   * @return the state
   * @throws RateBudgetException naming the line, when the text is not the state of an hrsync
   *     rate budget, or belongs to another budget
   */
  public static RateBudgetState decode(String budget, String text) {
    try {
      return parse(budget, text);
    } catch (IllegalArgumentException e) {
      throw new RateBudgetException(String.valueOf(e.getMessage()), null);
    }
  }

  private static RateBudgetState parse(String budget, String text) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException("not an hrsync rate budget (the first line is not '"
          + HEADER + "')");
    }
    RateBudgetState state = new RateBudgetState(budget, 0, null, new ArrayList<>());
    String owner = null;
    for (int i = 1; i < lines.size(); i++) {
      String[] words = lines.get(i).split(" ", -1);
      try {
        switch (words[0]) {
          case "budget" -> owner = lines.get(i).substring("budget ".length());
          case "next-slot" -> state.nextSlot = Long.parseLong(single(words));
          case "locked-until" -> state.lockedUntil = Instant.parse(single(words));
          case "slot" -> state.slots.add(slot(words));
          case "strictest" -> state.strictest(words);
          default -> throw new IllegalArgumentException("unknown entry '" + words[0] + "'");
        }
      } catch (IllegalArgumentException | DateTimeException | IndexOutOfBoundsException e) {
        throw new IllegalArgumentException("line " + (i + 1) + " is not valid: " + e.getMessage());
      }
    }
    if (owner == null || state.nextSlot < 1) {
      throw new IllegalArgumentException("the budget or next-slot line is missing");
    }
    if (!owner.equals(budget)) {
      throw new IllegalArgumentException("it belongs to budget '" + owner + "', not '" + budget
          + "'");
    }
    return state;
  }

  private void strictest(String[] words) {
    if (words.length != 3 || Integer.parseInt(words[1]) < 1) {
      throw new IllegalArgumentException("expected 'strictest PERMITS INSTANT'");
    }
    strictest = Integer.parseInt(words[1]);
    strictestUntil = Instant.parse(words[2]);
  }

  private static String single(String[] words) {
    if (words.length != 2) {
      throw new IllegalArgumentException("expected one value");
    }
    return words[1];
  }

  private static Slot slot(String[] words) {
    if (words.length != 5 || !(words[2].equals("in-flight") || words[2].equals("released"))) {
      throw new IllegalArgumentException("expected 'slot ID in-flight|released INSTANT WINDOW'");
    }
    Duration window = Duration.parse(words[4]);
    if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
      // a planted window of centuries would overflow every instant computed from it
      throw new IllegalArgumentException("window must be positive and at most " + MAX_WINDOW);
    }
    return new Slot(Long.parseLong(words[1]), words[2].equals("in-flight"),
        Instant.parse(words[3]), window);
  }
}
