/**
 * hrsync client-core: the HTTP transport, retry and rate-limit settings, typed errors, pagination
 * and secrets shared by the hrsync API clients.
 */
module io.github.hrsync.core {
  requires transitive java.net.http;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.github.hrsync.core;
  // The transport is shared by the hrsync clients only; it is not an API.
  exports io.github.hrsync.core.internal to
      io.github.hrsync.jobticket,
      io.github.hrsync.hrfeed,
      io.github.hrsync.sync;
}
