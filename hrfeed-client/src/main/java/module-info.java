/**
 * hrsync hrfeed-client: the typed client of the HR Feed API.
 */
module io.github.hrsync.hrfeed {
  requires transitive io.github.hrsync.core;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.hrsync.hrfeed;

  opens io.github.hrsync.hrfeed to com.fasterxml.jackson.databind;
}
