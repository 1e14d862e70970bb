package io.github.hrsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlPathsTest {

  @Test
  void reservedCharactersStayInsideTheirSegment() {
    assertThat(UrlPaths.path("users", "external", "a/b?c#d"))
        .isEqualTo("/users/external/a%2Fb%3Fc%23d");
  }

  @Test
  void percentSpacePlusAndNonAsciiAreEncodedAsUtf8() {
    assertThat(UrlPaths.encode("100% Ö+ñ é")).isEqualTo("100%25%20%C3%96%2B%C3%B1%20%C3%A9");
    assertThat(UrlPaths.encode("Az09-._~")).isEqualTo("Az09-._~");
  }

  @Test
  void dotSegmentsCannotClimbOutOfThePath() {
    assertThat(UrlPaths.path("users", "..")).isEqualTo("/users/..");
    assertThatThrownBy(() -> UrlPaths.path("users", ""))
        .hasMessage("a path segment must not be empty");
  }

  @Test
  void queryKeepsOrderAndEncodesValues() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("page", "2");
    query.put("email", "a+b@x.se");
    assertThat(UrlPaths.query(query)).isEqualTo("page=2&email=a%2Bb%40x.se");
  }
}
