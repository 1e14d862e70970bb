package io.github.hrsync.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {
  private final Routes routes = new Routes(List.of("/users", "/users/external/{externalId}",
      "/users/{id}", "/hr-integrations/{integrationId}/sync"));

  @Test
  void aPathIsNamedByTheFirstTemplateItMatchesSegmentBySegment() {
    assertThat(routes.of("/users")).isEqualTo("/users");
    assertThat(routes.of("/users/external/E%2F9")).isEqualTo("/users/external/{externalId}");
    assertThat(routes.of("/users/42")).isEqualTo("/users/{id}");
    assertThat(routes.of("/hr-integrations/7/sync")).isEqualTo(
        "/hr-integrations/{integrationId}/sync");
  }

  @Test
  void aPathNoTemplateMatchesShowsNothingOfItself() {
    assertThat(routes.of("/users/42/secret-token")).isEqualTo(Routes.UNKNOWN);
    assertThat(routes.of("/hr-integrations/7/other")).isEqualTo(Routes.UNKNOWN);
    assertThat(routes.of("/")).isEqualTo(Routes.UNKNOWN);
  }
}
