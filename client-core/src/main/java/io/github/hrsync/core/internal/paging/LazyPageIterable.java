package io.github.hrsync.core.internal.paging;

import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.error.UnexpectedResponseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PageIterable} that fetches page after page on demand, and that always ends. It ends
 * normally at a page that says none follows. It ends with an {@link UnexpectedResponseException}
 * that says why, never silently, when the server:
 * <ul>
 *   <li>answers with another page number than the one asked for;
 *   <li>points to a next page that is not after the current one;
 *   <li>sends an empty page that says more follow, or a page of items all seen before;
 *   <li>says more follow after more pages than its reported total allows, plus
 *       {@value #PAGE_SLACK} pages for items added during the scan;
 *   <li>ends with fewer distinct items than the last page reported in all: a truncated listing
 *       would look like a smaller list, and a sync would read the missing items as removed;
 *   <li>passes {@value #MAX_ITEMS} distinct items (five times the largest roster hrsync is
 *       measured with), so a server that reports no total and never stops cannot loop the client
 *       until its memory runs out.
 * </ul>
 * Items whose key was already seen are dropped, since offset pagination may repeat an item when
 * the list changes during the scan.
 *
 * <p>With a prefetch depth above zero, once the first page tells the total and the caller has
 * gone on to the second page (so a listing abandoned after its first items, such as
 * {@code stream().findFirst()}, never reads ahead), up to that many of the following pages (by
 * consecutive number) are requested in parallel while the caller reads, on a shared pool of at
 * most {@value #PREFETCH_THREADS} threads. Closing the {@link #stream()} cancels the pages still
 * requested ahead.
 * Each goes through the client's transport, so the rate limiter and retries apply. When the server
 * points to a page other than the predicted one, the predictions are cancelled and reading goes
 * on one page at a time from where the server points. A caller interrupted while it waits for a
 * prefetched page gets an {@link ApiInterruptedException} at once (interrupt flag kept), and the
 * pages still in flight are cancelled.
 *
 * @param <T> the item type
 */
public final class LazyPageIterable<T> implements PageIterable<T> {
  /** Pages a listing may run past its reported total, for items added during the scan. */
  static final int PAGE_SLACK = 2;
  /** The most distinct items one listing yields before it is taken as endless. */
  static final long MAX_ITEMS = 5_000_000;

  /** Fetches one page by number. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * @param number the page number as the API counts
     * @return the page
     */
    Page<T> fetch(int number);
  }

  /** The most pages read ahead at once in this JVM, over every listing of every client. */
  static final int PREFETCH_THREADS = 16;
  private static final ExecutorService PREFETCH = prefetchPool();

  private static ExecutorService prefetchPool() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(PREFETCH_THREADS, PREFETCH_THREADS, 30,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "hrsync-page-prefetch");
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private final String path;
  private final int firstPage;
  private final PageFetcher<T> fetcher;
  private final Function<? super T, ?> key;
  private final int prefetch;
  private final long maxItems;
  private final UnaryOperator<Runnable> handOff;

  /**
   * @param path the listed path, for error messages
   * @param firstPage the number of the first page
   * @param fetcher fetches a page; called from other threads when prefetching
   * @param key the identity of an item, to drop repeats and to see that a page adds something
   * @param prefetch how many pages to request ahead in parallel (0: one at a time)
   */
  public LazyPageIterable(String path, int firstPage, PageFetcher<T> fetcher,
      Function<? super T, ?> key, int prefetch) {
    this(path, firstPage, fetcher, key, prefetch, MAX_ITEMS, UnaryOperator.identity());
  }

  LazyPageIterable(String path, int firstPage, PageFetcher<T> fetcher,
      Function<? super T, ?> key, int prefetch, long maxItems) {
    this(path, firstPage, fetcher, key, prefetch, maxItems, UnaryOperator.identity());
  }

  private LazyPageIterable(String path, int firstPage, PageFetcher<T> fetcher,
      Function<? super T, ?> key, int prefetch, long maxItems, UnaryOperator<Runnable> handOff) {
    this.maxItems = maxItems;
    this.handOff = handOff;
    if (prefetch < 0) {
      throw new IllegalArgumentException("prefetch must not be negative, was " + prefetch);
    }
    this.path = path;
    this.firstPage = firstPage;
    this.fetcher = fetcher;
    this.key = key;
    this.prefetch = prefetch;
  }

  /**
   * This listing, each page read ahead handed to its thread through {@code handOff}, so that a
   * tracer can carry the caller's context there.
   *
   * @param wrap wraps the work of one page read ahead
   * @return the listing
   */
  public LazyPageIterable<T> handingOffThrough(UnaryOperator<Runnable> wrap) {
    return new LazyPageIterable<>(path, firstPage, fetcher, key, prefetch, maxItems, wrap);
  }

  @Override
  public Iterable<Page<T>> pages() {
    return () -> new PageIterator(new HashSet<>());
  }

  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /**
   * The items as a lazily fetched stream; closing it (try-with-resources) cancels the pages
   * requested ahead, so a listing left early costs nothing more.
   */
  @Override
  public Stream<T> stream() {
    ItemIterator items = new ItemIterator();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(items::close);
  }

  /** A page requested ahead. */
  private record Pending<T>(int number, Future<Page<T>> page) {}

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<Object> seen;
    private final ArrayDeque<Pending<T>> ahead = new ArrayDeque<>();
    private @Nullable Integer next = firstPage;
    private int pagesRead;
    private long distinct;
    /** The pages the first page's total implies (unknown: none to read ahead, no bound). */
    private long reportedPages = -1;
    /** The items of the last page whose keys no earlier item had. */
    private List<T> fresh = List.of();

    PageIterator(Set<Object> seen) {
      this.seen = seen;
    }

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
      next = null;
      pagesRead++;
      check(number, page);
      next = page.nextNumber();
      if (next == null) {
        cancelAhead();
      } else if (prefetch > 0 && pagesRead > 1) {
        requestAhead(next);
      }
      return page;
    }

    private void check(int number, Page<T> page) {
      if (page.number() != number) {
        throw broken("page " + number + " was asked for, page " + page.number() + " came back");
      }
      if (number == firstPage && page.totalItems() != null && !page.items().isEmpty()) {
        long size = page.items().size();
        reportedPages = (page.totalItems() + size - 1) / size;
      }
      fresh = freshItems(page);
      distinct += fresh.size();
      if (distinct > maxItems) {
        throw broken("more than " + maxItems + " items and no end in sight at page " + number);
      }
      Integer following = page.nextNumber();
      if (following == null) {
        if (page.totalItems() != null && distinct < page.totalItems()) {
          throw broken("the server reported " + page.totalItems() + " items, but the listing "
              + "ended after " + distinct + " at page " + number);
        }
        return;
      }
      if (following <= number) {
        throw broken("page " + number + " names page " + following + " as the next one: the "
            + "listing does not advance");
      }
      if (page.items().isEmpty()) {
        throw broken("page " + number + " is empty but says more pages follow");
      }
      if (fresh.isEmpty()) {
        throw broken("page " + number + " repeats only items of earlier pages but says more "
            + "pages follow");
      }
      if (reportedPages >= 0 && pagesRead >= reportedPages + PAGE_SLACK) {
        throw broken("the server reported " + page.totalItems() + " items, yet after "
            + pagesRead + " pages it says more follow");
      }
    }

    /** Records the page's keys and returns its items whose keys are new. */
    private List<T> freshItems(Page<T> page) {
      List<T> items = new ArrayList<>(page.items().size());
      for (T item : page.items()) {
        if (seen.add(key.apply(item))) {
          items.add(item);
        }
      }
      return items;
    }

    private UnexpectedResponseException broken(String reason) {
      cancelAhead();
      return new UnexpectedResponseException(new ErrorContext("GET", path, 0, null, null, null),
          "the listing cannot go on: " + reason, null);
    }

    private Page<T> take(int number) {
      Pending<T> head = ahead.pollFirst();
      if (head == null) {
        return fetcher.fetch(number);
      }
      if (head.number() != number) {
        head.page().cancel(true);
        cancelAhead();
        return fetcher.fetch(number);
      }
      try {
        return head.page().get();
      } catch (InterruptedException e) {
        head.page().cancel(true);
        cancelAhead();
        Thread.currentThread().interrupt();
        throw new ApiInterruptedException(new ErrorContext("GET", path, 0, null, null, null), e);
      } catch (ExecutionException e) {
        cancelAhead();
        // a fetch throws no checked exception: pass on what it threw, as it threw it
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) cause;
      }
    }

    private void cancelAhead() {
      ahead.forEach(pending -> pending.page().cancel(true));
      ahead.clear();
    }

    private void requestAhead(int following) {
      long lastPage = Math.min(Integer.MAX_VALUE - 1L, firstPage + reportedPages - 1);
      int candidate = ahead.isEmpty() ? following : ahead.peekLast().number() + 1;
      while (ahead.size() < prefetch && candidate <= lastPage) {
        int wanted = candidate++;
        FutureTask<Page<T>> page = new FutureTask<>(() -> fetcher.fetch(wanted));
        PREFETCH.execute(handOff.apply(page));
        ahead.addLast(new Pending<>(wanted, page));
      }
    }
  }

  private final class ItemIterator implements Iterator<T>, AutoCloseable {
    private final PageIterator pages = new PageIterator(new HashSet<>());
    private Iterator<T> current = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        pages.next();
        current = pages.fresh.iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    /** Ends the listing here: cancels the pages requested ahead; no more page is read. */
    @Override
    public void close() {
      pages.cancelAhead();
      pages.next = null;
      current = Collections.emptyIterator();
    }
  }
}
