package io.github.hrsync.sync.plan;

/**
 * A limit of the guard in one {@link Dimension}: at most {@code min(floor(share * base), count)}
 * records ({@link SafetyGuard} adds a floor of one for small companies).
 *
 * @param share the largest share of the records there are now, 0 to 1
 * @param count the largest number of records
 */
public record GuardLimit(double share, int count) {

  /**
   * Checks the bounds.
   *
   * @param share the largest share, 0 to 1
   * @param count the largest number, from 0
   */
  public GuardLimit {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
  }

  /**
   * @param base how many records there are now
   * @return the most records allowed
   */
  public int of(int base) {
    return (int) Math.min(Math.floor(share * base), count);
  }

  @Override
  public String toString() {
    return "min(" + java.math.BigDecimal.valueOf(share * 100).stripTrailingZeros()
        .toPlainString() + " %, " + count + ")";
  }
}
