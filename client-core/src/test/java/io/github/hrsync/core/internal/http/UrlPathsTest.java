package io.github.hrsync.core.internal.http;

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
  void dotAndEmptyIdsAreRefusedNamingTheId() {
    assertThatThrownBy(() -> UrlPaths.id("..", "externalId"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("externalId must not be '..': a dot segment would address another resource");
    assertThatThrownBy(() -> UrlPaths.id(".", "id")).hasMessageStartingWith("id must not be '.'");
    assertThatThrownBy(() -> UrlPaths.id(" ", "id")).hasMessage("id must not be blank");
    assertThatThrownBy(() -> UrlPaths.path("users", ""))
        .hasMessage("path segment must not be blank");
    assertThat(UrlPaths.path("users", "...", "a.b")).isEqualTo("/users/.../a.b");
  }

  @Test
  void idsLongerThanTheMaximumAreRefusedWithoutRepeatingThemWhole() {
    String longId = "x".repeat(100_000);
    assertThat(UrlPaths.id("x".repeat(UrlPaths.MAX_LENGTH), "id")).hasSize(256);
    assertThatThrownBy(() -> UrlPaths.id(longId, "externalId"))
        .hasMessageStartingWith("externalId must be at most 256 characters, was 100000")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void aFixedPathMayNotClimbOutOrCarryAQuery() {
    assertThat(UrlPaths.fixedPath("/health/live", "healthCheckPath")).isEqualTo("/health/live");
    for (String bad : new String[] {"/../admin", "/a/./b", "//x", "/a/", "health", "/",
        "/a?b", "/a#b", "/%2e%2e/admin", "/a b", "/" + "x".repeat(300)}) {
      assertThatThrownBy(() -> UrlPaths.fixedPath(bad, "healthCheckPath"))
          .as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("healthCheckPath");
    }
  }

  @Test
  void queryKeepsOrderAndEncodesValues() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("page", "2");
    query.put("email", "a+b@x.se");
    assertThat(UrlPaths.query(query)).isEqualTo("page=2&email=a%2Bb%40x.se");
  }
}
