/**
 * hrsync test kit: a sandbox of both APIs, fault injection, virtual time and a JUnit Jupiter
 * extension. It speaks HTTP and depends on no hrsync module, so any test can use it.
 */
module io.github.hrsync.testkit {
  requires transitive org.jspecify;
  requires jdk.httpserver;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.junit.jupiter.api;

  exports io.github.hrsync.testkit;
}
