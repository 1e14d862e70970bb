/**
 * hrsync sync-core: roster validation, the guarded JobTicket roster replace, and the HR Feed plan
 * and apply, on top of the two API clients.
 */
module io.github.hrsync.sync {
  requires transitive io.github.hrsync.jobticket;
  requires transitive io.github.hrsync.hrfeed;
  requires com.fasterxml.jackson.databind;

  exports io.github.hrsync.sync;

  opens io.github.hrsync.sync to com.fasterxml.jackson.databind;
}
