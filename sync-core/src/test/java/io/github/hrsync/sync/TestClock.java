package io.github.hrsync.sync;

/** The one "today" of the sync tests: 2026-06-15, so termination dates read the same anywhere. */
public final class TestClock {
  /** The tests' clock. */
  public static final java.time.Clock CLOCK = java.time.Clock.fixed(
      java.time.LocalDate.of(2026, 6, 15).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
      java.time.ZoneOffset.UTC);

  private TestClock() {}
}
