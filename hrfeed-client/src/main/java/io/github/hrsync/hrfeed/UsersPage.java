package io.github.hrsync.hrfeed;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The list envelope: {@code {items, totalItems, page, limit, hasMore, nextPage}}. */
record UsersPage(List<User> items, @Nullable Long totalItems, @Nullable Integer page,
    @Nullable Integer limit, @Nullable Boolean hasMore, @Nullable Integer nextPage) {

  UsersPage {
    items = items == null ? List.of() : items;
  }

  /**
   * The page to read next. {@code nextPage} on the last page is not published, so only
   * {@code hasMore} decides; when the server leaves {@code hasMore} out, reading goes on (an
   * empty page ends it), since a listing cut short would make a sync create duplicates.
   */
  @Nullable Integer next(int requested) {
    int current = page != null ? page : requested;
    if (Boolean.FALSE.equals(hasMore) || (hasMore == null && items.isEmpty())) {
      return null;
    }
    return nextPage != null ? nextPage : current + 1;
  }
}
