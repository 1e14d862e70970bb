/**
 * The JDBC stores: the rate budget ({@link io.github.hrsync.ratebudget.jdbc.JdbcRateBudgetStore})
 * and the run log ({@link io.github.hrsync.ratebudget.jdbc.JdbcRunLog}).
 */
@NullMarked
package io.github.hrsync.ratebudget.jdbc;

import org.jspecify.annotations.NullMarked;
