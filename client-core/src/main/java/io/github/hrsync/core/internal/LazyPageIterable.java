package io.github.hrsync.core.internal;

import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PageIterable} that fetches page after page on demand. It stops at the last page, at
 * an empty page, or when the server points back at a page already read (so a server that says
 * "more" forever cannot loop the client). Optionally it drops items whose key was already seen,
 * since offset pagination may repeat an item when the list changes during the scan.
 *
 * @param <T> the item type
 */
public final class LazyPageIterable<T> implements PageIterable<T> {

  /** Fetches one page by number. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * @param number the page number as the API counts
     * @return the page
     */
    Page<T> fetch(int number);
  }

  private final int firstPage;
  private final PageFetcher<T> fetcher;
  private final @Nullable Function<? super T, ?> distinctKey;

  /**
   * @param firstPage the number of the first page
   * @param fetcher fetches a page
   * @param distinctKey the identity of an item for de-duplication, or {@code null} for none
   */
  public LazyPageIterable(
      int firstPage, PageFetcher<T> fetcher, @Nullable Function<? super T, ?> distinctKey) {
    this.firstPage = firstPage;
    this.fetcher = fetcher;
    this.distinctKey = distinctKey;
  }

  @Override
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<Integer> visited = new HashSet<>();
    private @Nullable Integer next = firstPage;

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Page<T> next() {
      Integer number = next;
      if (number == null) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetcher.fetch(number);
      visited.add(number);
      Integer following = page.nextNumber();
      next = following == null || page.items().isEmpty() || visited.contains(following)
          ? null : following;
      return page;
    }
  }

  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private final Set<Object> seen = distinctKey == null ? Collections.emptySet() : new HashSet<>();
    private Iterator<T> current = Collections.emptyIterator();
    private @Nullable T lookahead;

    @Override
    public boolean hasNext() {
      while (lookahead == null) {
        if (current.hasNext()) {
          T item = current.next();
          if (distinctKey == null || seen.add(distinctKey.apply(item))) {
            lookahead = item;
          }
        } else if (pages.hasNext()) {
          current = pages.next().items().iterator();
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T item = lookahead;
      lookahead = null;
      return item;
    }
  }
}
