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
    }, null);

    assertThat(fetched).isEmpty();
    assertThat(items.stream().limit(3).toList()).containsExactly("p1a", "p1b", "p2a");
    assertThat(fetched).containsExactly(1, 2);
  }

  @Test
  void everyIterationStartsAgainFromTheFirstPage() {
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0,
        number -> new Page<>(List.of(number), number, number < 2 ? number + 1 : null, 3L), null);

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
    }, null);

    assertThat(items).containsExactly(0, 1);
    assertThat(fetched).containsExactly(0, 1, 2);
  }

  @Test
  void stopsWhenTheServerPointsBackAtAPageAlreadyRead() {
    List<Integer> fetched = new ArrayList<>();
    LazyPageIterable<Integer> items = new LazyPageIterable<>(0, number -> {
      fetched.add(number);
      return new Page<>(List.of(number * 10), number, 0, null);
    }, null);

    assertThat(items).containsExactly(0);
    assertThat(fetched).containsExactly(0);
  }

  @Test
  void dropsItemsRepeatedAcrossPagesWhenAKeyIsGiven() {
    LazyPageIterable<String> items = new LazyPageIterable<>(0, number -> switch (number) {
      case 0 -> new Page<>(List.of("a", "b"), 0, 1, 4L);
      case 1 -> new Page<>(List.of("b", "c"), 1, 2, 4L);
      default -> new Page<>(List.of("c", "d"), 2, null, 4L);
    }, item -> item);

    assertThat(items).containsExactly("a", "b", "c", "d");
  }
}
