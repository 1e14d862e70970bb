package io.github.hrsync.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.error.RateBudgetException;
import io.github.hrsync.core.ratelimit.RateBudgetStore.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slot arithmetic every store shares, and its text form. */
class RateBudgetStateTest {
  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00.123456789Z");

  @Test
  void aSlotInFlightIsBusyAtLeastOneWindowFromNowAndAReleasedOneOneWindowFromItsRelease() {
    RateBudgetState state = RateBudgetState.empty("b");
    long first = ((Reservation.Granted) state.reserve(2, WINDOW, T0, T0.plusSeconds(300)))
        .slot();
    state.reserve(2, WINDOW, T0, T0.plusSeconds(300));
    state.release(first, T0.plusSeconds(5));

    assertThat(state.reserve(2, WINDOW, T0.plusSeconds(10), T0.plusSeconds(300)))
        .isEqualTo(new Reservation.Denied(T0.plusSeconds(65), Reservation.Why.FULL));
    assertThat(state.reserve(2, WINDOW, T0.plusSeconds(65), T0.plusSeconds(300)))
        .isInstanceOf(Reservation.Granted.class);
    assertThat(state.reserve(2, WINDOW, T0.plusSeconds(66), T0.plusSeconds(300)))
        .as("the other slot is still in flight: it cannot be free before a window from now")
        .isEqualTo(new Reservation.Denied(T0.plusSeconds(66).plus(WINDOW),
            Reservation.Why.IN_FLIGHT));
  }

  @Test
  void theTextFormReadsBackToTheSameStateAndNamesTheBadLine() {
    RateBudgetState state = RateBudgetState.empty("jobticket-k");
    state.reserve(3, WINDOW, T0, T0.plusSeconds(30));
    long released = ((Reservation.Granted) state.reserve(3, WINDOW, T0, T0.plusSeconds(30)))
        .slot();
    state.release(released, T0.plusSeconds(1));
    state.lockUntil(T0.plusSeconds(300));

    String text = state.encode();

    assertThat(RateBudgetState.decode("jobticket-k", text).encode()).isEqualTo(text);
    assertThatThrownBy(() -> RateBudgetState.decode("jobticket-k",
        text.replace("released", "relaesed")))
        .as("header, budget, next-slot, locked-until, strictest, then the two slots")
        .hasMessageStartingWith("line 7 is not valid");
    assertThatThrownBy(() -> RateBudgetState.decode("jobticket-k", ""))
        .hasMessageContaining("not an hrsync rate budget");
  }

  @Test
  void aClockSteppedBack30MinutesCostsOneWindowAndTheToleranceNotHalfAnHour() {
    RateBudgetState state = RateBudgetState.empty("jobticket-k");
    Instant later = T0.plus(Duration.ofMinutes(30));
    long slot = ((Reservation.Granted) state.reserve(1, WINDOW, later, later.plusSeconds(30)))
        .slot();
    state.release(slot, later);

    Reservation afterTheStep = state.reserve(1, WINDOW, T0, T0.plusSeconds(30));

    Instant bound = T0.plus(WINDOW).plus(RateBudgetState.CLOCK_STEP_TOLERANCE);
    assertThat(afterTheStep).isEqualTo(new Reservation.Denied(bound, Reservation.Why.FULL));
    assertThat(state.reserve(1, WINDOW, bound, bound.plusSeconds(30)))
        .isInstanceOf(Reservation.Granted.class);
  }

  @Test
  void aLockOutStoredForTheYear9999IsHonouredForOneDay() {
    RateBudgetState state = RateBudgetState.decode("jobticket-k", RateBudgetState.HEADER
        + "\nbudget jobticket-k\nnext-slot 1\nlocked-until 9999-12-31T23:59:59Z\n");

    assertThat(state.lockedUntil(T0)).isEqualTo(T0.plus(Duration.ofDays(1)));
    assertThat(state.reserve(1, WINDOW, T0, T0.plusSeconds(30)))
        .isEqualTo(new Reservation.Denied(T0.plus(Duration.ofDays(1)),
            Reservation.Why.LOCKED_OUT));
  }

  @Test
  void everyDamageToAStoredBudgetIsARateBudgetExceptionNeverAnotherType() {
    RateBudgetState state = RateBudgetState.empty("jobticket-k");
    state.reserve(3, WINDOW, T0, T0.plusSeconds(30));
    state.lockUntil(T0.plusSeconds(300));
    String text = state.encode();
    int refused = 0;
    for (int at = 0; at < text.length(); at++) {
      for (String variant : List.of(text.substring(0, at) + text.substring(at + 1),
          text.substring(0, at) + (Character.isDigit(text.charAt(at)) ? "x" : "9")
              + text.substring(at + 1))) {
        try {
          RateBudgetState.decode("jobticket-k", variant);
        } catch (RateBudgetException e) {
          refused++;
        }
      }
    }
    assertThat(refused).as("most damage is refused, all of it typed").isGreaterThan(text.length());
  }
}
