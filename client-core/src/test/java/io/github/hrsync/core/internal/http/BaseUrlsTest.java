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
}
