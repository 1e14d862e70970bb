/**
 * hrsync test kit: a sandbox of both APIs, fault injection, virtual time, a JUnit Jupiter
 * extension and the contract suite of rate budget stores. The sandbox speaks HTTP and needs no
 * hrsync module, so any test can use it; the contract suite needs client-core (optional).
 */
module io.github.hrsync.testkit {
  requires transitive org.jspecify;
  requires jdk.httpserver;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.junit.jupiter.api;
  requires static io.github.hrsync.core;

  exports io.github.hrsync.testkit;
}
