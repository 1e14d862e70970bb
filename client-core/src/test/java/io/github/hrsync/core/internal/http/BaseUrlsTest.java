package io.github.hrsync.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlsTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:1/x", "http://[::1]:9/",
      "https://v1-api.ticket-plus.app/"})
  void acceptsHttpsAndLoopbackHttp(String url) {
    assertThat(BaseUrls.normalize(URI.create(url)).toString()).doesNotEndWith("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://v1-api.ticket-plus.app", "http://10.0.0.1", "http://localhost.evil.com"})
  void refusesPlainHttpToANetworkHost(String url) {
    assertThatThrownBy(() -> BaseUrls.normalize(URI.create(url)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/relative", "https://x.se/api?x=1", "ftp://x.se"})
  void refusesRelativeQueryAndOtherSchemes(String url) {
    assertThatThrownBy(() -> BaseUrls.normalize(URI.create(url)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://Agency.example/api/v2/hr-feed/",
      "HTTPS://agency.EXAMPLE:443/api/v2/hr-feed", "https://agency.example/api//v2/./hr-feed//",
      "https://agency.example/api/x/../v2/hr-feed"})
  void givesEverySpellingOfOneAddressOneCanonicalForm(String url) {
    assertThat(BaseUrls.normalize(URI.create(url)))
        .hasToString("https://agency.example/api/v2/hr-feed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://agency.example:8443/api/v2/hr-feed",
      "https://other.example/api/v2/hr-feed", "https://agency.example/api/v3/hr-feed",
      "https://agency.example/API/v2/hr-feed"})
  void keepsOtherHostsPortsAndPathsApart(String url) {
    assertThat(BaseUrls.normalize(URI.create(url)))
        .isNotEqualTo(URI.create("https://agency.example/api/v2/hr-feed"));
  }

  @org.junit.jupiter.api.Test
  void writesPercentEscapesInUpperCaseAndKeepsTheLoopbackPort() {
    assertThat(BaseUrls.normalize(URI.create("http://127.0.0.1:80/a%2fb/"))).hasToString(
        "http://127.0.0.1/a%2Fb");
    assertThat(BaseUrls.normalize(URI.create("http://[::1]:9/x"))).hasToString("http://[::1]:9/x");
  }
}
