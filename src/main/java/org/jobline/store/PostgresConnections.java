package org.jobline.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.postgres.NumberedStatements;
import org.jobline.store.postgres.PostgresMigrations;
import org.jobline.store.postgres.PostgresPool;

/**
 * A PostgreSQL server shared by several nodes, through a HikariCP pool ({@link PostgresPool}) (a lost server connection is
 * replaced, not kept broken). Statements are written for SQLite: {@link Dialect} swaps the few that
 * differ and {@link NumberedStatements} turns {@code ?1} into plain parameters.
 */
final class PostgresConnections implements Connections {
  private final StoreConfig config;
  private PostgresPool pool;

  PostgresConnections(StoreConfig config) {
    this.config = config;
  }

  @Override
  public int open() throws SQLException {
    pool = PostgresPool.open(config.url(), config.user(), config.password(), config.poolSize());
    try (Connection c = pool.connection()) {
      return PostgresMigrations.apply(c, PostgresMigrations.latest());
    }
  }

  @Override
  public Connection forWrite() throws SQLException {
    return translating(pool.connection());
  }

  @Override
  public Connection forRead() throws SQLException {
    return translating(pool.connection());
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
