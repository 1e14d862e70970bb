package io.github.hrsync.core;

import io.github.hrsync.core.error.ApiException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a paginated list, fetched lazily: no request is sent until iteration starts, and
 * each page is requested only when the previous one is used up. Every call to {@link #iterator()},
 * {@link #stream()} or {@link #pages()} starts again from the first page.
 *
 * <p>Errors surface as {@link ApiException} from {@code hasNext()}/{@code next()} of the iterator
 * that needed the page.
 *
 * @param <T> the item type
 */
public interface PageIterable<T> extends Iterable<T> {

  /**
   * The pages themselves, for callers that want page numbers or totals.
   *
   * @return a lazily fetched sequence of pages
   */
  Iterable<Page<T>> pages();

  /**
   * The items as a sequential, lazily fetched stream. A client's listing reads pages ahead once
   * the second page is needed; close the stream (try-with-resources) when you stop early, so
   * that the pages still requested ahead are cancelled.
   *
   * @return a stream over every item of every page
   */
  default Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
