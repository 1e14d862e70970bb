package io.github.hrsync.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on loopback that misbehaves on purpose: it stalls, trickles and floods,
 * and records every request it reads with the instant it arrived ({@link System#nanoTime()}).
 * Each connection is served by a {@link Behaviour} until the client closes it. Everything stops
 * on {@link #close()}: sockets are closed and behaviour threads interrupted.
 */
public final class HostileServer implements AutoCloseable {
  /** How the server answers one request; it may write anything, or nothing, for any time. */
  @FunctionalInterface
  public interface Behaviour {
    void respond(Request request, OutputStream out) throws IOException, InterruptedException;
  }

  /** A request as it reached the server. */
  public record Request(int index, String method, String target, Map<String, String> headers,
      byte[] body, long arrivalNanos) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private static final long FLOOD_LIMIT = 1L << 30;

  private final ServerSocket server;
  private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "hostile-server");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final Behaviour behaviour;

  public HostileServer(Behaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    pool.submit(this::acceptLoop);
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** @return how many connections the server has accepted */
  public int connections() {
    return connections.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        int number = connections.incrementAndGet();
        pool.submit(() -> serve(socket, number));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket, int connection) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      while (true) {
        Request request = read(in);
        if (request == null) {
          return;
        }
        requests.add(request);
        behaviour.respond(request, out);
        out.flush();
      }
    } catch (IOException | InterruptedException ended) {
      // the client went away, or the server is closing
    }
  }

  private Request read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    long arrival = System.nanoTime();
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body;
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = readChunked(in);
    } else {
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      body = in.readNBytes(length);
    }
    return new Request(requests.size(), requestLine[0], requestLine[1], headers, body, arrival);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
      if (size == 0) {
        line(in);
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    pool.shutdownNow();
  }

  // ---- behaviours ----

  /** A complete response with a body and its length. */
  public static Behaviour respond(int status, String contentType, String body) {
    return (request, out) -> write(out, status, contentType, body);
  }

  public static void write(OutputStream out, int status, String contentType, String body,
      String... headers) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder extra = new StringBuilder();
    for (String header : headers) {
      extra.append(header).append("\r\n");
    }
    out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + bytes.length + "\r\n" + extra + "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  /** Sends 200 headers promising a body, a few bytes of it, then nothing until closed. */
  public static Behaviour stallAfterHeaders() {
    return (request, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
          + "{\"id\":").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread.sleep(Long.MAX_VALUE);
    };
  }

  /** Sends 200 headers and then one byte of body every 20 ms, for ever. */
  public static Behaviour trickle() {
    return (request, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000"
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      while (true) {
        out.write(' ');
        out.flush();
        Thread.sleep(20);
      }
    };
  }

  /**
   * Sends the status with a chunked body that never ends (until 1 GiB, or the client drops the
   * connection), counting the bytes written.
   */
  public static Behaviour flood(int status, AtomicInteger droppedAfterMegabytes) {
    return (request, out) -> {
      out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
      long written = 0;
      try {
        while (written < FLOOD_LIMIT) {
          out.write(size);
          out.write(chunk);
          out.write('\r');
          out.write('\n');
          written += chunk.length;
        }
      } finally {
        droppedAfterMegabytes.set((int) (written >> 20));
      }
    };
  }
}
