/**
 * hrsync-ratebudget-jdbc: a {@link io.github.hrsync.core.ratelimit.RateBudgetStore} in one
 * relational
 * database table, so that a fleet of hosts sharing one API key shares one rate budget.
 */
module io.github.hrsync.ratebudget.jdbc {
  requires transitive io.github.hrsync.core;
  requires transitive java.sql;

  exports io.github.hrsync.ratebudget.jdbc;
}
