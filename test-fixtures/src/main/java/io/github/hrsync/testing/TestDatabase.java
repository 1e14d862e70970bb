package io.github.hrsync.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against: {@code HRSYNC_TEST_JDBC_URL} names it
 * ({@code .ci/run} installs and starts one). Without it the tests are skipped, saying so.
 */
public final class TestDatabase {
  /** The environment variable naming the server. */
  public static final String VARIABLE = "HRSYNC_TEST_JDBC_URL";

  private TestDatabase() {}

  /** @return the server's JDBC URL, or the test is skipped with the reason */
  public static String url() {
    String url = System.getenv(VARIABLE);
    if (url == null || url.isBlank()) {
      String reason = "SKIPPED: no PostgreSQL for the JDBC tests; set " + VARIABLE
          + "=jdbc:postgresql://HOST:PORT/DB?user=U (.ci/run installs and starts one)";
      System.err.println(reason);
      Assumptions.abort(reason);
    }
    return url;
  }

  /**
   * @param url the server's JDBC URL
   * @return connections from the driver for {@code url} with a 10 s connect timeout, kept open and
   * reused after {@code close()} as an application's connection pool would.
   */
  public static DataSource dataSource(String url) {
    String withTimeout = url + (url.contains("?") ? "&" : "?") + "connectTimeout=10";
    Queue<Connection> idle = new ConcurrentLinkedQueue<>();
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        Connection open = idle.poll();
        Connection connection = open != null ? open : DriverManager.getConnection(withTimeout);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                idle.add(connection);
                return null;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return DriverManager.getConnection(withTimeout, user, password);
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {
      }

      @Override
      public void setLoginTimeout(int seconds) {
      }

      @Override
      public int getLoginTimeout() {
        return 10;
      }

      @Override
      public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
      }

      @Override
      public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
  }

  /**
   * @param prefix what the table is for
   * @return a table name no other test run uses
   */
  public static String freshTable(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }
}
