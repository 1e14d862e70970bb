/**
 * hrsync-ratebudget-jdbc: a {@link io.github.hrsync.core.ratelimit.RateBudgetStore} and a
 * {@link io.github.hrsync.sync.audit.RunLog} in relational database tables, so that a fleet of
 * hosts shares one rate budget per API key and one history of runs.
 */
module io.github.hrsync.ratebudget.jdbc {
  requires transitive io.github.hrsync.core;
  requires transitive io.github.hrsync.sync;
  requires transitive java.sql;

  exports io.github.hrsync.ratebudget.jdbc;
}
