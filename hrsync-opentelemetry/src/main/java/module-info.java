/**
 * hrsync-opentelemetry: traces and metrics of hrsync's calls and syncs through the OpenTelemetry
 * API, following its HTTP client semantic conventions.
 */
module io.github.hrsync.opentelemetry {
  requires transitive io.github.hrsync.sync;
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports io.github.hrsync.opentelemetry;
}
