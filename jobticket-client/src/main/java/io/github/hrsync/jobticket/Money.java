package io.github.hrsync.jobticket;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money as the API sends it (the currency shows only in the label, e.g. €).
 *
 * @param label the amount formatted for display, such as {@code €29.00}
 * @param value the amount, exact
 */
public record Money(@Nullable String label, @Nullable BigDecimal value) {}
