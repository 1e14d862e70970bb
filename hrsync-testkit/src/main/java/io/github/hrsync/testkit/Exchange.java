package io.github.hrsync.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request to the sandbox: decoded path segments, query, JSON body, and the answer. */
final class Exchange {
  /** A JSON object as plain, unmodifiable-by-convention Java maps and lists. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> plain(JsonNode node) {
    return JSON.convertValue(node, Map.class);
  }

  static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private final HttpExchange http;
  private final List<String> segments = new ArrayList<>();
  private final Map<String, String> query = new HashMap<>();

  Exchange(HttpExchange http, String prefix) {
    this.http = http;
    String path = http.getRequestURI().getRawPath().substring(prefix.length());
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(decode(segment));
      }
    }
    String rawQuery = http.getRequestURI().getRawQuery();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
      }
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  String method() {
    return http.getRequestMethod();
  }

  List<String> segments() {
    return segments;
  }

  @Nullable String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  /** A query parameter as a number, the default when absent, or {@code null} when not a number. */
  @Nullable Integer intQuery(String name, int defaultValue) {
    String value = query.get(name);
    if (value == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The JSON body, or {@code null} when it is not JSON. */
  @Nullable JsonNode body() throws IOException {
    try (InputStream in = http.getRequestBody()) {
      byte[] bytes = in.readAllBytes();
      try {
        return bytes.length == 0 ? null : JSON.readTree(bytes);
      } catch (IOException e) {
        throw new MalformedBody();
      }
    }
  }

  void json(int status, Object body) throws IOException {
    send(status, JSON.writeValueAsBytes(body), "application/json");
  }

  void empty(int status) throws IOException {
    http.sendResponseHeaders(status, -1);
    http.close();
  }

  void send(int status, byte[] body, String contentType) throws IOException {
    http.getResponseHeaders().set("Content-Type", contentType);
    http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(body);
    }
  }

  void header(String name, String value) {
    http.getResponseHeaders().set(name, value);
  }

  /** Drops the connection without an answer. */
  void reset() {
    http.close();
  }

  /** A request body that is not JSON: both APIs answer 400, a malformed request. */
  static final class MalformedBody extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedBody() {
      super("the request body is not JSON", null, false, false);
    }
  }
}
