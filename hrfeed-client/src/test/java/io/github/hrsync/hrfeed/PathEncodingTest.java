package io.github.hrsync.hrfeed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathEncodingTest extends HrFeedTestSupport {

  @ParameterizedTest
  @ValueSource(strings = {"a/b?c#d", "100%", "with space", "plus+sign", "Ünïcødé-日本",
      "../../admin", "semi;colon&amp=1"})
  void externalIdsReachTheServerAsOneSegmentAndRoundTripExactly(String externalId) {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    server.stubFor(get(urlPathMatching(PREFIX + "/users/external/[^/]+"))
        .willReturn(okJson(user("1", "x", "a@b.se"))));

    HrFeedClient client = client();
    client.getUserByExternalId(externalId);
    client.updateUserByExternalId(externalId, UserPatch.builder().isActive(true).build());
    client.deleteUserByExternalId(externalId);

    assertThat(server.getAllServeEvents()).hasSize(3).allSatisfy(event -> {
      String url = event.getRequest().getUrl();
      assertThat(url).startsWith(PREFIX + "/users/external/");
      String segment = url.substring((PREFIX + "/users/external/").length());
      assertThat(segment).doesNotContain("/", "?", "#", " ", "+");
      assertThat(URLDecoder.decode(segment, StandardCharsets.UTF_8)).isEqualTo(externalId);
    });
  }
}
