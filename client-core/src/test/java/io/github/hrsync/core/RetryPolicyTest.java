package io.github.hrsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  @Test
  void backoffBoundDoublesPerRetryUpToTheMaximum() {
    RetryPolicy policy = RetryPolicy.builder()
        .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(1000)).build();
    RandomGenerator top = new RandomGenerator() {
      @Override
      public long nextLong() {
        return Long.MAX_VALUE;
      }

      @Override
      public long nextLong(long bound) {
        return bound - 1;
      }
    };

    assertThat(policy.backoff(1, top)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2, top)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(3, top)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoff(5, top)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoff(60, top)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void jitteredWaitsSpreadBetweenZeroAndTheBound() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(800)).build();
    SplittableRandom random = new SplittableRandom(42);

    var waits = java.util.stream.IntStream.range(0, 500)
        .mapToObj(i -> policy.backoff(1, random)).toList();

    assertThat(waits).allSatisfy(wait ->
        assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(800)));
    assertThat(waits).anyMatch(w -> w.compareTo(Duration.ofMillis(200)) < 0)
        .anyMatch(w -> w.compareTo(Duration.ofMillis(600)) > 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void statusesThatCannotSucceedOnRetryAreRefused(int status) {
    assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(Set.of(503, status)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status " + status + " must not be retried");
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .hasMessage("maxAttempts must be at least 1, was 0");
  }
}
