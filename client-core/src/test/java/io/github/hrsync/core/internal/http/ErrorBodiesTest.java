package io.github.hrsync.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.error.FieldError;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

  @Test
  void readsTheHrFeedErrorShape() {
    assertThat(ErrorBodies.message(ErrorBodies.parse("{\"error\":\"User not found\"}")))
        .isEqualTo("User not found");
  }

  @Test
  void readsFieldErrorsFromAnArrayOfObjects() {
    var body = ErrorBodies.parse("{\"message\":\"Validation failed\",\"errors\":["
        + "{\"field\":\"employees[3].email\",\"message\":\"must be an e-mail\"},"
        + "{\"path\":\"syncId\",\"msg\":\"required\"}]}");

    assertThat(ErrorBodies.message(body)).isEqualTo("Validation failed");
    assertThat(ErrorBodies.fieldErrors(body)).containsExactly(
        new FieldError("employees[3].email", "must be an e-mail"),
        new FieldError("syncId", "required"));
  }

  @Test
  void readsFieldErrorsFromAnObjectOfFieldToMessages() {
    var body = ErrorBodies.parse(
        "{\"errors\":{\"email\":[\"is invalid\",\"is taken\"],\"startDate\":\"is required\"}}");

    assertThat(ErrorBodies.fieldErrors(body)).containsExactly(
        new FieldError("email", "is invalid"), new FieldError("email", "is taken"),
        new FieldError("startDate", "is required"));
  }

  @Test
  void nonJsonAndEmptyBodiesGiveNothing() {
    assertThat(ErrorBodies.parse("<html>Bad Gateway</html>")).isNull();
    assertThat(ErrorBodies.parse("")).isNull();
    assertThat(ErrorBodies.fieldErrors(null)).isEmpty();
    assertThat(ErrorBodies.message(ErrorBodies.parse("{\"error\":{\"code\":7}}"))).isNull();
  }
}
