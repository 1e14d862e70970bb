package io.github.hrsync.testkit;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Requests as a client of the documented API sends them, with nothing of the SDK in between. */
final class RawHttp {
  private RawHttp() {}

  /**
   * An answer.
   *
   * @param statusCode the status
   * @param body the body
   * @param authenticate the {@code WWW-Authenticate} header, or "null"
   */
  record Answer(int statusCode, String body, String authenticate) {}

  static Answer send(String method, String url, Map<String, String> headers, String body)
      throws Exception {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setRequestMethod(method);
    connection.setRequestProperty("Content-Type", "application/json");
    headers.forEach(connection::setRequestProperty);
    if (!body.isEmpty()) {
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = connection.getResponseCode();
    InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    try {
      return new Answer(status, in == null ? "" : new String(in.readAllBytes(),
          StandardCharsets.UTF_8), String.valueOf(connection.getHeaderField("WWW-Authenticate")));
    } finally {
      if (in != null) {
        in.close();
      }
      connection.disconnect();
    }
  }

  /** A PATCH over a raw socket ({@link HttpURLConnection} does not send one); its status. */
  static int patch(String url, Map<String, String> headers, String body) throws Exception {
    URI uri = URI.create(url);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("PATCH " + uri.getRawPath() + " HTTP/1.1\r\nHost: "
        + uri.getHost() + "\r\nContent-Type: application/json\r\nContent-Length: "
        + bytes.length + "\r\nConnection: close\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value)
        .append("\r\n"));
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      String status = new String(socket.getInputStream().readNBytes(12),
          StandardCharsets.ISO_8859_1);
      return Integer.parseInt(status.substring(9, 12));
    }
  }
}
