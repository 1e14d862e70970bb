package io.github.hrsync.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One real WireMock HTTP server per test class on a random loopback port, reset per test. */
public abstract class WireMockSupport {
  protected static WireMockServer server;
  protected static WireMock wireMock;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    wireMock = new WireMock("127.0.0.1", server.port());
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void resetServer() {
    server.resetAll();
  }

  protected static String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }
}
