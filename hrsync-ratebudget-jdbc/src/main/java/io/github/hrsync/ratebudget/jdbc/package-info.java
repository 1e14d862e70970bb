/**
 * The JDBC rate-budget store: {@link io.github.hrsync.ratebudget.jdbc.JdbcRateBudgetStore}.
 */
@NullMarked
package io.github.hrsync.ratebudget.jdbc;

import org.jspecify.annotations.NullMarked;
