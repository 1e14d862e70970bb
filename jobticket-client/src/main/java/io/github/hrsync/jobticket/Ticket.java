package io.github.hrsync.jobticket;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An employee's current transit ticket.
 *
 * @param ticketId the ticket id, such as {@code tkt_9Xk2mPqL}
 * @param ticketMonth the month the ticket is for
 * @param validFrom first valid day
 * @param validUntil last valid day
 * @param links wallet links by name ({@code apple}, {@code google}); a plain map, not HAL
 */
public record Ticket(
    @Nullable String ticketId,
    @Nullable YearMonth ticketMonth,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    Map<String, String> links) {

  /**
   * Treats missing links as none.
   *
   * @param ticketId the ticket id, such as {@code tkt_9Xk2mPqL}
   * @param ticketMonth the month the ticket is for
   * @param validFrom first valid day
   * @param validUntil last valid day
   * @param links wallet links by name ({@code apple}, {@code google}); a plain map, not HAL
   */
  public Ticket {
    links = links == null ? Map.of() : Map.copyOf(links);
  }
}
