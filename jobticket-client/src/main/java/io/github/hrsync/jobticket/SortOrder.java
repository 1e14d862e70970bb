package io.github.hrsync.jobticket;

/** Sort direction of a list endpoint ({@code sortOrder}). */
public enum SortOrder {
  /** Ascending, {@code asc}. */
  ASC,
  /** Descending, {@code desc}. */
  DESC;

  String wireValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
