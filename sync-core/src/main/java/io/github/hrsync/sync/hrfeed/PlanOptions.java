package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.sync.plan.SafetyGuard;
import java.time.Clock;
import java.util.Objects;

/**
 * How the HR Feed planner decides. Defaults are the safe readings of what the API leaves open:
 *
 * <ul>
 *   <li>{@code guard}: {@link SafetyGuard#defaults()}, checked on deactivations plus deletions
 *       against the active users that carry an externalId.
 *   <li>{@code deleteLeavers} false: leavers are deactivated ({@code isActive=false}), which keeps
 *       their booking history; true deletes users whose externalId left the roster.
 *   <li>{@code clearMissingFields} false: an optional field the roster leaves empty is not
 *       cleared on the platform (whether the API clears on {@code null} is not published, and the
 *       platform may hold data from elsewhere); true sends {@code null} for it.
 *   <li>{@code emailCaseSensitive} false: an e-mail that differs only in case is not an update
 *       (a platform that lower-cases e-mails would otherwise see the same update every run).
 *   <li>{@code adoptByEmail} true: a platform user with no externalId whose e-mail matches a
 *       roster row is adopted by setting its externalId.
 *   <li>{@code clock}: decides which termination dates lie in the past.
 * </ul>
 */
public final class PlanOptions {
  private final SafetyGuard guard;
  private final boolean deleteLeavers;
  private final boolean clearMissingFields;
  private final boolean emailCaseSensitive;
  private final boolean adoptByEmail;
  private final Clock clock;

  private PlanOptions(SafetyGuard guard, boolean deleteLeavers, boolean clearMissingFields,
      boolean emailCaseSensitive, boolean adoptByEmail, Clock clock) {
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(clock, "clock");
    this.guard = guard;
    this.deleteLeavers = deleteLeavers;
    this.clearMissingFields = clearMissingFields;
    this.emailCaseSensitive = emailCaseSensitive;
    this.adoptByEmail = adoptByEmail;
    this.clock = clock;
  }

  /** @return the safe defaults described above, on the system clock */
  public static PlanOptions defaults() {
    return new PlanOptions(SafetyGuard.defaults(), false, false, false, true, Clock.systemUTC());
  }

  /**
   * Sets the removal limit.
   *
   * @param value the removal limit
   * @return a copy with it
   */
  public PlanOptions withGuard(SafetyGuard value) {
    return new PlanOptions(value, deleteLeavers, clearMissingFields, emailCaseSensitive,
        adoptByEmail, clock);
  }

  /**
   * Sets whether leavers are deleted.
   *
   * @param value whether leavers are deleted
   * @return a copy with it
   */
  public PlanOptions withDeleteLeavers(boolean value) {
    return new PlanOptions(guard, value, clearMissingFields, emailCaseSensitive, adoptByEmail,
        clock);
  }

  /**
   * Sets whether empty fields clear.
   *
   * @param value whether empty fields clear
   * @return a copy with it
   */
  public PlanOptions withClearMissingFields(boolean value) {
    return new PlanOptions(guard, deleteLeavers, value, emailCaseSensitive, adoptByEmail, clock);
  }

  /**
   * Sets whether e-mail case changes count.
   *
   * @param value whether e-mail case changes count
   * @return a copy with it
   */
  public PlanOptions withEmailCaseSensitive(boolean value) {
    return new PlanOptions(guard, deleteLeavers, clearMissingFields, value, adoptByEmail, clock);
  }

  /**
   * Sets whether users are adopted by e-mail.
   *
   * @param value whether users are adopted by e-mail
   * @return a copy with it
   */
  public PlanOptions withAdoptByEmail(boolean value) {
    return new PlanOptions(guard, deleteLeavers, clearMissingFields, emailCaseSensitive, value,
        clock);
  }

  /**
   * Sets the clock.
   *
   * @param value the clock
   * @return a copy with it
   */
  public PlanOptions withClock(Clock value) {
    return new PlanOptions(guard, deleteLeavers, clearMissingFields, emailCaseSensitive,
        adoptByEmail, value);
  }

  /**
   * The options that shape a plan, as the text a plan records (the clock excluded).
   *
   * @return for example {@code guard[removals=min(20 %, 500) ...] deleteLeavers=false ...}
   */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "guard[%s] deleteLeavers=%b "
        + "clearMissingFields=%b emailCaseSensitive=%b adoptByEmail=%b", guard, deleteLeavers,
        clearMissingFields, emailCaseSensitive, adoptByEmail);
  }

  /** @return the removal limit */
  public SafetyGuard guard() {
    return guard;
  }

  /** @return whether leavers are deleted instead of deactivated */
  public boolean deleteLeavers() {
    return deleteLeavers;
  }

  /** @return whether empty roster fields clear platform values */
  public boolean clearMissingFields() {
    return clearMissingFields;
  }

  /** @return whether a change of e-mail case is an update */
  public boolean emailCaseSensitive() {
    return emailCaseSensitive;
  }

  /** @return whether users without externalId are matched by e-mail */
  public boolean adoptByEmail() {
    return adoptByEmail;
  }

  /** @return today's date for termination dates */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "PlanOptions[" + describe() + "]";
  }
}
