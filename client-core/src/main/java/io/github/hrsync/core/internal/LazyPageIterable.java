package io.github.hrsync.core.internal;

import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PageIterable} that fetches page after page on demand. It stops at the last page, at
 * an empty page, or when the server points back at a page already read (so a server that says
 * "more" forever cannot loop the client). Optionally it drops items whose key was already seen,
 * since offset pagination may repeat an item when the list changes during the scan.
 *
 * <p>With a prefetch depth above zero, once the first page tells the total, up to that many of
 * the following pages (by consecutive number) are requested in parallel while the caller reads.
 * Each goes through the client's transport, so the rate limiter and retries apply. When the server
 * points to a page other than the predicted one, the predictions are dropped and reading goes on
 * one page at a time from where the server points.
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

  private static final ExecutorService PREFETCH = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "hrsync-page-prefetch");
    thread.setDaemon(true);
    return thread;
  });

  private final int firstPage;
  private final PageFetcher<T> fetcher;
  private final @Nullable Function<? super T, ?> distinctKey;
  private final int prefetch;

  /**
   * @param firstPage the number of the first page
   * @param fetcher fetches a page; called from other threads when prefetching
   * @param distinctKey the identity of an item for de-duplication, or {@code null} for none
   * @param prefetch how many pages to request ahead in parallel (0: one at a time)
   */
  public LazyPageIterable(int firstPage, PageFetcher<T> fetcher,
      @Nullable Function<? super T, ?> distinctKey, int prefetch) {
    if (prefetch < 0) {
      throw new IllegalArgumentException("prefetch must not be negative, was " + prefetch);
    }
    this.firstPage = firstPage;
    this.fetcher = fetcher;
    this.distinctKey = distinctKey;
    this.prefetch = prefetch;
  }

  @Override
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /** A page requested ahead. */
  private record Pending<T>(int number, CompletableFuture<Page<T>> page) {}

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<Integer> visited = new HashSet<>();
    private final ArrayDeque<Pending<T>> ahead = new ArrayDeque<>();
    private @Nullable Integer next = firstPage;
    private int lastPage = -1;

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
      Page<T> page = take(number);
      visited.add(number);
      Integer following = page.nextNumber();
      next = following == null || page.items().isEmpty() || visited.contains(following)
          ? null : following;
      if (next == null) {
        ahead.forEach(pending -> pending.page().cancel(false));
        ahead.clear();
      } else if (prefetch > 0) {
        requestAhead(number, page, next);
      }
      return page;
    }

    private Page<T> take(int number) {
      Pending<T> head = ahead.pollFirst();
      if (head != null && head.number() == number) {
        try {
          return head.page().join();
        } catch (CompletionException e) {
          throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
      }
      if (head != null) {
        head.page().cancel(false);
        ahead.forEach(pending -> pending.page().cancel(false));
        ahead.clear();
      }
      return fetcher.fetch(number);
    }

    private void requestAhead(int number, Page<T> page, int following) {
      Long total = page.totalItems();
      if (lastPage < 0 && number == firstPage && total != null && !page.items().isEmpty()) {
        lastPage = firstPage + (int) ((total + page.items().size() - 1) / page.items().size()) - 1;
      }
      int candidate = ahead.isEmpty() ? following : ahead.peekLast().number() + 1;
      while (ahead.size() < prefetch && candidate <= lastPage) {
        int wanted = candidate++;
        ahead.addLast(new Pending<>(wanted,
            CompletableFuture.supplyAsync(() -> fetcher.fetch(wanted), PREFETCH)));
      }
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
