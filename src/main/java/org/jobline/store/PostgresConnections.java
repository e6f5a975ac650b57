package org.jobline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.postgres.NumberedStatements;
import org.jobline.store.postgres.PostgresMigrations;

/**
 * A PostgreSQL server shared by several nodes, through a HikariCP pool (a lost server connection is
 * replaced, not kept broken). Statements are written for SQLite: {@link Dialect} swaps the few that
 * differ and {@link NumberedStatements} turns {@code ?1} into plain parameters.
 */
final class PostgresConnections implements Connections {
  private final StoreConfig config;
  private HikariDataSource pool;

  PostgresConnections(StoreConfig config) {
    this.config = config;
  }

  @Override
  public int open() throws SQLException {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.url());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setPoolName("jobline-postgres");
    hikari.setConnectionTimeout(Math.max(1_000, config.busyTimeoutMs()));
    hikari.setInitializationFailTimeout(Math.max(1_000, config.busyTimeoutMs()));
    hikari.addDataSourceProperty("ApplicationName", "jobline");
    try {
      pool = new HikariDataSource(hikari);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new SQLException("cannot connect to PostgreSQL at " + config.describe() + ": " + cause.getMessage(), e);
    }
    try (Connection c = pool.getConnection()) {
      return PostgresMigrations.apply(c, PostgresMigrations.latest());
    }
  }

  @Override
  public Connection forWrite() throws SQLException {
    return translating(pool.getConnection());
  }

  @Override
  public Connection forRead() throws SQLException {
    return translating(pool.getConnection());
  }

  @Override
  public void release(Connection c) throws SQLException {
    c.close();
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }

  @Override
  public boolean postgres() {
    return true;
  }

  @Override
  public String describe() {
    return config.describe();
  }

  /** The pooled connection, with each statement's text swapped by {@link Dialect} before it is prepared. */
  private static Connection translating(Connection pooled) {
    Connection numbered = NumberedStatements.wrap(pooled);
    InvocationHandler h = (proxy, method, args) -> {
      String name = method.getName();
      if (args != null && args.length > 0 && args[0] instanceof String sql
          && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
        args[0] = Dialect.postgres(sql);
      }
      try {
        Object result = method.invoke(numbered, args);
        return name.equals("createStatement") ? statement((Statement) result) : result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Connection) Proxy.newProxyInstance(PostgresConnections.class.getClassLoader(),
        new Class<?>[] {Connection.class}, h);
  }

  /** A plain statement whose texts are swapped too (execute, executeQuery, executeUpdate, addBatch). */
  private static Statement statement(Statement real) {
    InvocationHandler h = (proxy, method, args) -> {
      if (args != null && args.length > 0 && args[0] instanceof String sql && method.getName().startsWith("execute")
          || args != null && args.length > 0 && args[0] instanceof String && method.getName().equals("addBatch")) {
        args[0] = Dialect.postgres((String) args[0]);
      }
      try {
        return method.invoke(real, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Statement) Proxy.newProxyInstance(PostgresConnections.class.getClassLoader(),
        new Class<?>[] {Statement.class}, h);
  }
}
