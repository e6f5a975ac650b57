package org.jobline.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.jobline.config.ConfigException;

/**
 * The PostgreSQL connections (HikariCP) for {@code store.url}, {@code store.user}, {@code store.password},
 * {@code store.poolSize}. {@link #open} checks the settings and one connection first, so that a wrong URL,
 * a server that is down, a wrong password or a missing database each end in one clear line
 * ({@link ConfigException} for the URL and pool size, {@link SQLException} for the server's answer), not
 * a stack trace.
 */
public final class PostgresPool implements AutoCloseable {
  public static final int MAX_POOL_SIZE = 100;

  private final HikariDataSource dataSource;
  private final PostgresUrl url;

  private PostgresPool(HikariDataSource dataSource, PostgresUrl url) {
    this.dataSource = dataSource;
    this.url = url;
  }

  /** A pool for the database at {@code url} ({@code jdbc:postgresql://}, {@code postgresql://} or {@code postgres://}). */
  public static PostgresPool open(String url, String user, String password, int poolSize) throws SQLException {
    PostgresUrl parsed = PostgresUrl.parse(url);
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      throw new ConfigException("store.poolSize", "must be from 1 to " + MAX_POOL_SIZE + " (got " + poolSize + ")");
    }
    if (user == null || user.isBlank()) {
      throw new ConfigException("store.user", "is needed for PostgreSQL");
    }
    try (Connection probe = DriverManager.getConnection(parsed.jdbc(), credentials(user, password))) {
      probe.isValid(5);
    } catch (SQLException e) {
      throw ConnectFailure.explain(e, parsed, user);
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("jobline-postgres");
    config.setJdbcUrl(parsed.jdbc());
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(Math.min(2, poolSize));
    config.setAutoCommit(true);
    // The driver sends a batch of INSERTs as multi-row INSERTs (the fan-out's outbox rows, imports,
    // export-store): one round trip per ~128 rows instead of one per row. Nothing here reads a
    // batch's per-row counts, which this setting turns into SUCCESS_NO_INFO.
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    try {
      return new PostgresPool(new HikariDataSource(config), parsed);
    } catch (RuntimeException e) { // the server went away between the probe and the pool
      throw ConnectFailure.explain(e.getCause() instanceof SQLException s ? s : new SQLException(e.getMessage(), e), parsed, user);
    }
  }

  private static Properties credentials(String user, String password) {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    return p;
  }

  /** A connection from the pool (autocommit on); closing it gives it back. */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public int size() {
    return dataSource.getMaximumPoolSize();
  }

  /** Where the pool connects, without credentials (for logs). */
  public String describe() {
    return url.describe();
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
