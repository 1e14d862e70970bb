package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.testkit.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's sandbox across restarts (fixed port, state file), run as written there. */
class ReadmeSandboxStateTest {
  @TempDir
  Path dir;

  @Test
  void aSandboxStartedAgainOnItsPortAndStateFileFindsWhatTheLastStartLeft() throws Exception {
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      int port = free;                          // the README says 18080
      Path state = dir.resolve("sandbox.json"); // the README says Path.of("sandbox.json")
      // --- the README's code, as written ---
      try (Sandbox sandbox = Sandbox.builder().port(port).stateFile(state).start()) {
        sandbox.jobTicket().seed("E1", "Anna", "Andersson", "anna@example.com", null);
      }
      try (Sandbox again = Sandbox.builder().port(port).stateFile(state).start()) {
        System.out.println(again.jobTicket().employees().size());   // 1: what the last start left
      }
      // --- end ---
    } finally {
      System.setOut(out);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8).strip()).isEqualTo("1");
  }
}
