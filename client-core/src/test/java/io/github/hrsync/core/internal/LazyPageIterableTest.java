package io.github.hrsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LazyPageIterableTest {

  @Test
  void fetchesNothingUntilIteratedAndOnlyAsFarAsConsumed() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<String> items = new LazyPageIterable<>(1, number -> {
      fetched.add(number);
      return new Page<>(List.of("p" + number + "a", "p" + number + "b"), number,
          number < 5 ? number + 1 : null, 10L);
    }, null, 0);

    assertThat(fetched).isEmpty();
    assertThat(items.stream().limit(3).toList()).containsExactly("p1a", "p1b", "p2a");
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void everyIterationStartsAgainFromTheFirstPage() {
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0,
        number -> new Page<>(List.of(number), number, number < 2 ? number + 1 : null, 3L), null, 0);

    assertThat(items).containsExactly(0, 1, 2);
    assertThat(items.stream().toList()).containsExactly(0, 1, 2);
    assertThat(items.pages()).extracting(Page::number).containsExactly(0, 1, 2);
  }

  @Test
  void stopsAtAnEmptyPageEvenWhenTheServerSaysThereIsMore() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0, number -> {
      fetched.add(number);
      return new Page<>(number < 2 ? List.of(number) : List.of(), number, number + 1, null);
    }, null, 0);

    assertThat(items).containsExactly(0, 1);
    assertThat(fetched).containsExactly(0, 1, 2);
  }

  @Test
  void stopsWhenTheServerPointsBackAtAPageAlreadyRead() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0, number -> {
      fetched.add(number);
      return new Page<>(List.of(number * 10), number, 0, null);
    }, null, 0);

    assertThat(items).containsExactly(0);
    assertThat(fetched).containsExactly(0);
  }

  @Test
  void dropsItemsRepeatedAcrossPagesWhenAKeyIsGiven() {
    LazyPageIterable<String> items = new LazyPageIterable<>(0, number -> switch (number) {
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
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0, number -> {
      fetched.add(number);
      if (number > 0) {
        allAsked.countDown();
        try {
          // pages 1 to 3 answer only once all three were asked for: sequential reading would
          // wait here for ever
          assertThat(allAsked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return new Page<>(List.of(number * 10, number * 10 + 1), number, number < 3 ? number + 1
          : null, 8L);
    }, null, 3);

    assertThat(items.stream().toList()).containsExactly(0, 1, 10, 11, 20, 21, 30, 31);
    assertThat(fetched).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void whenTheServerPointsElsewhereThePredictionsAreDroppedAndItIsFollowed() {
    List<Integer> fetched = java.util.Collections.synchronizedList(new ArrayList<>());
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0, number -> {
      fetched.add(number);
      Integer next = number == 0 ? 5 : null;
      return new Page<>(List.of(number), number, next, 30L);
    }, null, 2);

    assertThat(items).containsExactly(0, 5);
    assertThat(fetched).contains(0, 5);
  }

  @Test
  void aFailedPrefetchedPageThrowsItsOwnExceptionWhenReached() {
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0, number -> {
      if (number == 2) {
        throw new IllegalStateException("page 2 failed");
      }
      return new Page<>(List.of(number), number, number + 1, 4L);
    }, null, 3);
    var iterator = items.iterator();

    assertThat(iterator.next()).isZero();
    assertThat(iterator.next()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(iterator::hasNext)
        .isInstanceOf(IllegalStateException.class).hasMessage("page 2 failed");
  }
}
