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
  exports io.github.hrsync.core.error;
  exports io.github.hrsync.core.ratelimit;
  exports io.github.hrsync.core.observe;
  // The internals are shared by the hrsync modules only; they are not an API.
  exports io.github.hrsync.core.internal.http to
      io.github.hrsync.jobticket,
      io.github.hrsync.hrfeed,
      io.github.hrsync.sync;
  exports io.github.hrsync.core.internal.paging to
      io.github.hrsync.jobticket,
      io.github.hrsync.hrfeed;
  exports io.github.hrsync.core.internal.json to
      io.github.hrsync.jobticket,
      io.github.hrsync.hrfeed,
      io.github.hrsync.sync;
  exports io.github.hrsync.core.internal.observe to
      io.github.hrsync.sync;
  exports io.github.hrsync.core.internal.text to
      io.github.hrsync.jobticket,
      io.github.hrsync.hrfeed,
      io.github.hrsync.sync,
      io.github.hrsync.ratebudget.jdbc;
}
