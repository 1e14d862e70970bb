/**
 * hrsync sync-core: roster validation, the guarded JobTicket roster replace, and the HR Feed plan
 * and apply, on top of the two API clients.
 */
module io.github.hrsync.sync {
  requires transitive io.github.hrsync.jobticket;
  requires transitive io.github.hrsync.hrfeed;
  requires com.fasterxml.jackson.databind;

  exports io.github.hrsync.sync;
  exports io.github.hrsync.sync.plan;
  exports io.github.hrsync.sync.roster;
  exports io.github.hrsync.sync.jobticket;
  exports io.github.hrsync.sync.hrfeed;
  exports io.github.hrsync.sync.snapshot;
  exports io.github.hrsync.sync.audit;
  exports io.github.hrsync.sync.observe;
}
