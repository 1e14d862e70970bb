package io.github.hrsync.core.internal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.Page;
import io.github.hrsync.core.error.UnexpectedResponseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LazyPageIterableTest {

  @Test
  void fetchesNothingUntilIteratedAndOnlyAsFarAsConsumed() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<String> items = new LazyPageIterable<>("/items", 1, number -> {
      fetched.add(number);
      return new Page<>(List.of("p" + number + "a", "p" + number + "b"), number,
          number < 5 ? number + 1 : null, 10L);
    }, item -> item, 0);

    assertThat(fetched).isEmpty();
    assertThat(items.stream().limit(3).toList()).containsExactly("p1a", "p1b", "p2a");
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void everyIterationStartsAgainFromTheFirstPage() {
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0,
        number -> new Page<>(List.of(number), number, number < 2 ? number + 1 : null, 3L), item -> item, 0);

    assertThat(items).containsExactly(0, 1, 2);
    assertThat(items.stream().toList()).containsExactly(0, 1, 2);
    assertThat(items.pages()).extracting(Page::number).containsExactly(0, 1, 2);
  }

  @Test
  void anEmptyPageThatSaysMoreFollowEndsTheListingWithATypedError() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0, number -> {
      fetched.add(number);
      return new Page<>(number < 2 ? List.of(number) : List.of(), number, number + 1, null);
    }, item -> item, 0);

    assertThatThrownBy(() -> items.stream().toList())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("GET /items").hasMessageContaining("page 2 is empty");
    assertThat(fetched).containsExactly(0, 1, 2);
  }

  @Test
  void aNextPageThatDoesNotAdvanceEndsTheListingWithATypedError() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0, number -> {
      fetched.add(number);
      return new Page<>(List.of(number * 10), number, 0, null);
    }, item -> item, 0);

    assertThatThrownBy(() -> items.stream().toList())
        .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("does not advance");
    assertThat(fetched).containsExactly(0);
  }

  @Test
  void pagesThatRepeatTheSameItemsEndTheListingAfterOneRepeat() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<String> items = new LazyPageIterable<>("/items", 0, number -> {
      fetched.add(number);
      return new Page<>(List.of("a", "b"), number, number + 1, null);
    }, item -> item, 0);

    assertThatThrownBy(() -> items.iterator().forEachRemaining(item -> { }))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("page 1 repeats only items of earlier pages");
    assertThat(fetched).containsExactly(0, 1);
  }

  @Test
  void anAnswerForAnotherPageThanAskedEndsTheListing() {
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 1,
        number -> new Page<>(List.of(number), 1, number + 1, 100L), item -> item, 0);

    assertThatThrownBy(() -> items.stream().toList())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("page 2 was asked for, page 1 came back");
  }

  @Test
  void morePagesThanTheReportedTotalAllowsEndTheListingWithinTheSlack() {
    List<Integer> fetched = new ArrayList<>();
    // 50 items of 10 a page is 5 pages; the server keeps sending new items for ever
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 1, number -> {
      fetched.add(number);
      List<Integer> page = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        page.add(number * 10 + i);
      }
      return new Page<>(page, number, number + 1, 50L);
    }, item -> item, 0);

    assertThatThrownBy(() -> items.stream().toList())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("the server reported 50 items, yet after 7 pages");
    assertThat(fetched).hasSize(5 + LazyPageIterable.PAGE_SLACK);
  }

  @Test
  void aListingWithoutATotalThatNeverStopsIsCutAtTheItemCap() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<Integer> endless = new LazyPageIterable<>("/users", 0, number -> {
      fetched.add(number);
      return new Page<>(List.of(number * 2, number * 2 + 1), number, number + 1, null);
    }, item -> item, 0, 100);

    assertThatThrownBy(() -> endless.stream().count())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("more than 100 items and no end in sight at page 50");
    assertThat(fetched).hasSize(51);
  }

  @Test
  void aListingThatEndsShortOfItsReportedTotalIsATypedErrorNotASmallerList() {
    // a listing of 1,000 whose second page comes back empty and last
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/employees", 1,
        number -> new Page<>(number == 1 ? java.util.stream.IntStream.range(0, 100).boxed()
            .toList() : List.of(), number, number == 1 ? 2 : null, 1000L), item -> item, 0);

    assertThatThrownBy(() -> items.stream().count())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("the server reported 1000 items, but the listing ended after 100");
  }

  @Test
  @Timeout(20)
  void aCallerInterruptedWhileWaitingForAPrefetchedPageStopsAtOnceWithTheFlagKept()
      throws Exception {
    java.util.concurrent.CountDownLatch prefetchStarted = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch prefetchInterrupted =
        new java.util.concurrent.CountDownLatch(1);
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0, number -> {
      if (number <= 1) {
        return new Page<>(List.of(number), number, number + 1, 5L);
      }
      prefetchStarted.countDown();
      try {
        new java.util.concurrent.CountDownLatch(1).await(); // a page that never comes
      } catch (InterruptedException e) {
        prefetchInterrupted.countDown();
      }
      throw new IllegalStateException("cancelled");
    }, item -> item, 2);
    var iterator = items.iterator();
    assertThat(iterator.next()).isZero();
    assertThat(iterator.next()).as("page 1 is read in turn: reading ahead starts after it")
        .isEqualTo(1);
    prefetchStarted.await();
    Thread.currentThread().interrupt();

    assertThatThrownBy(iterator::hasNext).isInstanceOf(ApiInterruptedException.class);
    assertThat(Thread.interrupted()).isTrue();
    assertThat(prefetchInterrupted.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void dropsItemsRepeatedAcrossPages() {
    LazyPageIterable<String> items = new LazyPageIterable<>("/items", 0, number -> switch (number) {
      case 0 -> new Page<>(List.of("a", "b"), 0, 1, 4L);
      case 1 -> new Page<>(List.of("b", "c"), 1, 2, 4L);
      default -> new Page<>(List.of("c", "d"), 2, null, 4L);
    }, item -> item, 0);

    assertThat(items).containsExactly("a", "b", "c", "d");
  }

  @Test
  void withPrefetchTheFollowingPagesAreRequestedTogetherAndReturnedInOrder() throws Exception {
    java.util.concurrent.CountDownLatch allAsked = new java.util.concurrent.CountDownLatch(3);
    List<Integer> fetched = java.util.Collections.synchronizedList(new ArrayList<>());
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0, number -> {
      fetched.add(number);
      if (number > 1) {
        allAsked.countDown();
        try {
          // pages 2 to 4 answer only once all three were asked for: sequential reading would
          // wait here for ever
          assertThat(allAsked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return new Page<>(List.of(number * 10, number * 10 + 1), number, number < 4 ? number + 1
          : null, 10L);
    }, item -> item, 3);

    assertThat(items.stream().toList())
        .containsExactly(0, 1, 10, 11, 20, 21, 30, 31, 40, 41);
    assertThat(fetched).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
  }

  @Test
  void aListingLeftAfterItsFirstItemsReadsNoPageAheadAndAClosedStreamCancelsThoseAhead()
      throws Exception {
    List<Integer> fetched = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CountDownLatch aheadCancelled =
        new java.util.concurrent.CountDownLatch(2);
    java.util.concurrent.Semaphore aheadStarted = new java.util.concurrent.Semaphore(0);
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0, number -> {
      fetched.add(number);
      if (number >= 2) {
        aheadStarted.release();
        try {
          new java.util.concurrent.CountDownLatch(1).await(); // pages ahead that never come
        } catch (InterruptedException e) {
          aheadCancelled.countDown();
        }
        throw new IllegalStateException("cancelled");
      }
      return new Page<>(List.of(number), number, number + 1, 100L);
    }, item -> item, 2);

    assertThat(items.stream().findFirst()).contains(0);
    assertThat(fetched).as("findFirst reads page 0 only").containsExactly(0);
    try (java.util.stream.Stream<Integer> stream = items.stream()) {
      assertThat(stream.limit(2).toList()).containsExactly(0, 1);
      // both pages ahead are under way before the stream closes (a page cancelled before it
      // starts is never fetched at all)
      assertThat(aheadStarted.tryAcquire(2, 10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
    assertThat(aheadCancelled.await(10, java.util.concurrent.TimeUnit.SECONDS))
        .as("pages 2 and 3, requested ahead, are cancelled when the stream closes").isTrue();
  }

  @Test
  void whenTheServerPointsElsewhereThePredictionsAreDroppedAndItIsFollowed() {
    List<Integer> fetched = java.util.Collections.synchronizedList(new ArrayList<>());
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0, number -> {
      fetched.add(number);
      Integer next = number == 0 ? 5 : null;
      // the list shrank to 2 while it was read: the last page's total is the one that counts
      return new Page<>(List.of(number), number, next, number == 0 ? 30L : 2L);
    }, item -> item, 2);

    assertThat(items).containsExactly(0, 5);
    assertThat(fetched).contains(0, 5);
  }

  @Test
  void aFailedPrefetchedPageThrowsItsOwnExceptionWhenReached() {
    LazyPageIterable<Integer> items = new LazyPageIterable<>("/items", 0, number -> {
      if (number == 2) {
        throw new IllegalStateException("page 2 failed");
      }
      return new Page<>(List.of(number), number, number + 1, 4L);
    }, item -> item, 3);
    var iterator = items.iterator();

    assertThat(iterator.next()).isZero();
    assertThat(iterator.next()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(iterator::hasNext)
        .isInstanceOf(IllegalStateException.class).hasMessage("page 2 failed");
  }
}
