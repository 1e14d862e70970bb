package io.github.hrsync.core.internal.http;

import static io.github.hrsync.core.internal.http.TransportFixture.BASE64;
import static io.github.hrsync.core.internal.http.TransportFixture.BASIC;
import static io.github.hrsync.core.internal.http.TransportFixture.JWT;
import static io.github.hrsync.core.internal.http.TransportFixture.JWT_PAYLOAD;
import static io.github.hrsync.core.internal.http.TransportFixture.JWT_SIGNATURE;
import static io.github.hrsync.core.internal.http.TransportFixture.KEY_SECRET;
import static io.github.hrsync.core.internal.http.TransportFixture.PAIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.RetryPolicy;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.core.error.UnprocessableEntityException;
import io.github.hrsync.testing.HostileServer;
import io.github.hrsync.testing.LogCapture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A server that echoes the credentials, in any spelling, never gets them into what users see. */
class TransportRedactionTest {
  /** The secrets as their plain values; each is also checked lower-cased. */
  private static final List<String> SECRETS =
      List.of(BASIC, BASE64, PAIR, KEY_SECRET, JWT, JWT_PAYLOAD, JWT_SIGNATURE);

  @Test
  void aValidationErrorEchoingTheCredentialsInEverySpellingShowsNoneOfThem() throws Exception {
    List<String> echoes = new ArrayList<>();
    for (String secret : SECRETS) {
      echoes.add(secret);
      echoes.add(secret.toLowerCase(Locale.ROOT));
      echoes.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      echoes.add(jsonEscaped(secret));
    }
    StringBuilder errors = new StringBuilder();
    for (String echo : echoes) {
      errors.append(errors.length() == 0 ? "" : ",").append("{\"field\":\"").append(echo)
          .append("\",\"message\":\"bad header ").append(echo).append("\"}");
    }
    String body = "{\"message\":\"you sent " + echoes.get(0) + " and " + jsonEscaped(JWT)
        + "\",\"errors\":[" + errors + "]}";
    try (LogCapture logs = new LogCapture();
        HostileServer server = new HostileServer((request, out) -> HostileServer.write(out, 422,
            "application/json", body))) {
      HttpTransport transport = new TransportFixture().transport(server.baseUrl().toString());

      Throwable failure = catchThrowable(() -> transport.send(TransportFixture.get("/users")));

      assertThat(failure).isInstanceOf(UnprocessableEntityException.class);
      UnprocessableEntityException error = (UnprocessableEntityException) failure;
      assertThat(error.fieldErrors()).hasSize(echoes.size());
      assertThat(error.serverMessage()).startsWith("you sent [redacted] and [redacted]");
      assertNoSecretIn(everythingShown(error) + logs.text());
    }
  }

  @Test
  void aSuccessBodyWhoseTypedFieldHoldsTheTokenLeavesNoParserMessageBehind() throws Exception {
    try (HostileServer server = new HostileServer(HostileServer.respond(200,
        "application/json", "{\"count\":\"" + JWT + "\",\"auth\":\"" + BASIC + "\"}"))) {
      HttpTransport transport = new TransportFixture().retryPolicy(RetryPolicy.none())
          .transport(server.baseUrl().toString());

      Throwable failure = catchThrowable(() -> transport.json(TransportFixture.get("/count"),
          new com.fasterxml.jackson.core.type.TypeReference<Counted>() {}));

      assertThat(failure).isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("not the expected JSON (InvalidFormatException at $.count)")
          .hasNoCause();
      assertNoSecretIn(everythingShown((ApiException) failure));
    }
  }

  @Test
  void redactsBareBase64DecodedPairUrlEncodedJsonEscapedHexAndHtmlForms() {
    Redactor redactor = new Redactor(List.of(io.github.hrsync.core.Secret.of(BASIC),
        io.github.hrsync.core.Secret.of(KEY_SECRET), io.github.hrsync.core.Secret.of(JWT)));

    assertThat(redactor.scrub("a " + BASE64 + " b")).isEqualTo("a [redacted] b");
    assertThat(redactor.scrub("pair=" + PAIR)).isEqualTo("pair=[redacted]");
    assertThat(redactor.scrub(BASE64.toLowerCase(Locale.ROOT))).isEqualTo("[redacted]");
    assertThat(redactor.scrub("x=" + URLEncoder.encode(BASIC, StandardCharsets.UTF_8)))
        .isEqualTo("x=[redacted]");
    assertThat(redactor.scrub("\"" + jsonEscaped(JWT) + "\"")).isEqualTo("\"[redacted]\"");
    assertThat(redactor.scrub(jsonEscaped(URLEncoder.encode(BASE64, StandardCharsets.UTF_8))))
        .isEqualTo("[redacted]");
    assertThat(redactor.scrub("sig " + JWT_SIGNATURE.toUpperCase(Locale.ROOT)))
        .isEqualTo("sig [redacted]");
    assertThat(redactor.scrub("hex " + java.util.HexFormat.of().formatHex(
        KEY_SECRET.getBytes(StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT)))
        .isEqualTo("hex [redacted]");
    StringBuilder html = new StringBuilder();
    StringBuilder hexEscaped = new StringBuilder();
    for (char c : JWT_SIGNATURE.toCharArray()) {
      html.append(c % 2 == 0 ? "&#" + (int) c + ";" : "&#x" + Integer.toHexString(c) + ";");
      hexEscaped.append(String.format("\\x%02x", (int) c));
    }
    assertThat(redactor.scrub("<p>" + html + "</p>")).isEqualTo("<p>[redacted]</p>");
    assertThat(redactor.scrub("'" + hexEscaped + "'")).isEqualTo("'[redacted]'");
    assertThat(redactor.scrub("nothing secret here")).isEqualTo("nothing secret here");
    assertThat(redactor.scrub("a &amp; b &#; c &#xZZ; d %zz \\x")).isEqualTo(
        "a &amp; b &#; c &#xZZ; d %zz \\x");
  }

  /** A target type with a number where the server puts the token. */
  record Counted(int count) {}

  private static String jsonEscaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
    return out.toString();
  }

  private static String everythingShown(ApiException error) {
    StringBuilder shown = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      shown.append(t).append('\n').append(t.getMessage()).append('\n');
    }
    shown.append(error.responseBody()).append(error.serverMessage()).append(error.requestId());
    if (error instanceof UnprocessableEntityException unprocessable) {
      shown.append(unprocessable.fieldErrors());
    }
    return shown.toString();
  }

  private static void assertNoSecretIn(String shown) {
    String lower = shown.toLowerCase(Locale.ROOT);
    for (String secret : SECRETS) {
      assertThat(lower).doesNotContain(secret.toLowerCase(Locale.ROOT));
      assertThat(lower).doesNotContain(
          URLEncoder.encode(secret, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
      assertThat(lower).doesNotContain(jsonEscaped(secret).toLowerCase(Locale.ROOT));
    }
  }
}
