package io.github.hrsync.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list endpoint.
 *
 * @param items the items on this page, in server order
 * @param number this page's number as the API counts (JobTicket from 1, HR Feed from 0)
 * @param nextNumber the number of the next page, or {@code null} on the last page
 * @param totalItems the total number of items across all pages, if the server said
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int number, @Nullable Integer nextNumber,
    @Nullable Long totalItems) {

  /**
   * Copies {@code items} so the page is immutable.
   *
   * @param items the items on this page, in server order
   * @param number this page's number as the API counts (JobTicket from 1, HR Feed from 0)
   * @param nextNumber the number of the next page, or {@code null} on the last page
   * @param totalItems the total number of items across all pages, if the server said
   */
  public Page {
    items = List.copyOf(items);
  }

  /** @return whether another page follows */
  public boolean hasNext() {
    return nextNumber != null;
  }
}
