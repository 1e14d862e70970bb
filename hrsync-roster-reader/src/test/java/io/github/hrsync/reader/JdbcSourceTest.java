package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.roster.SourceEmployee;
import io.github.hrsync.testing.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same mapping reads a query on the application's own database as it reads a file: columns
 * by their labels, a row's number as its line, streamed through a cursor. Runs on the CI's
 * PostgreSQL ({@code HRSYNC_TEST_JDBC_URL}).
 */
class JdbcSourceTest {
  private static final RosterMapping MAPPING = RosterMapping.load("hr-view.yaml",
      new StringReader("""
          fields:
            hrId: personnel_no
            firstName: { split: { column: full_name, separator: ",", part: 2 } }
            lastName: { split: { column: full_name, separator: ",", part: 1 } }
            email: { column: mail, case: lower }
            dateOfBirth: born
          customFields:
            costCentre: cost_centre
          scopes:
            jobticket: { include: [ { column: country, equals: DE } ] }
          """));

  private @org.jspecify.annotations.Nullable DataSource database;
  private String table;

  @BeforeEach
  void createTable() throws SQLException {
    database = TestDatabase.dataSource(TestDatabase.url());
    table = TestDatabase.freshTable("hrsync_roster_");
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE " + table + " (personnel_no INT, full_name TEXT, mail TEXT, "
          + "born DATE, cost_centre TEXT, country TEXT)");
      sql.execute("INSERT INTO " + table + " SELECT n, 'Last' || n || ', First' || n, "
          + "'P' || n || '@Example.com', DATE '1980-01-01' + n, 'CC-' || (n % 3), "
          + "CASE WHEN n <= 2400 THEN 'DE' ELSE 'AT' END FROM generate_series(1, 3000) n");
    }
  }

  @AfterEach
  void dropTable() throws SQLException {
    if (database == null) {
      return; // skipped: no server
    }
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS " + table);
    }
  }

  @Test
  void aQueryIsReadThroughTheSameMappingWithItsScopesAcrossSeveralFetches() throws SQLException {
    MappedRoster roster;
    try (JdbcSource rows = JdbcSource.query(database, "SELECT * FROM " + table
        + " WHERE personnel_no > ? ORDER BY personnel_no", 0)) {
      assertThat(rows.columns()).containsExactly("personnel_no", "full_name", "mail", "born",
          "cost_centre", "country");
      roster = MAPPING.read(rows);
    }

    assertThat(roster.roster().size()).as("three fetches of 1,000").isEqualTo(3000);
    SourceEmployee first = roster.roster().employees().get(0);
    assertThat(first.hrId()).isEqualTo("1");
    assertThat(first.firstName()).isEqualTo("First1");
    assertThat(first.email()).isEqualTo("p1@example.com");
    assertThat(first.dateOfBirth()).isEqualTo(LocalDate.of(1980, 1, 2));
    assertThat(first.customFields()).containsEntry("costCentre", "CC-1");
    assertThat(roster.outOfScope(Target.JOBTICKET)).isEqualTo(600);
    assertThat(roster.lineOf(2999)).isEqualTo(3000);
    try (Connection connection = database.getConnection()) {
      assertThat(connection.getAutoCommit()).as("given back as it came").isTrue();
    }
  }

  @Test
  void aQueryThatCannotRunIsOneErrorNamingWhyAndTheConnectionIsGivenBack() {
    assertThatThrownBy(() -> JdbcSource.query(database, "SELECT nope FROM " + table))
        .isInstanceOf(RosterReadException.class)
        .hasMessageStartingWith("query: the query cannot be run: ERROR: column \"nope\" does not "
            + "exist");
    try (JdbcSource rows = JdbcSource.query(database, "SELECT 1 AS a")) {
      assertThat(rows.columns()).containsExactly("a");
    }
  }
}
