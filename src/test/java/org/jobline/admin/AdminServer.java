package org.jobline.admin;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.admin.auth.Passwords;
import org.jobline.admin.auth.StaffUsers;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig;
import org.jobline.config.ConfigLoader;
import org.jobline.store.SqlWork;

/** A real gateway (real SQLite file, real HTTP on a free port) for the admin tests, driven from the test thread. */
public final class AdminServer implements AutoCloseable {
  public static final String PASSWORD = "correct horse battery";
  /** Tests hash with few rounds (production: 600,000); AdminServer configures the same count. */
  public static final int ITERATIONS = 1000;
  private static final String HASH = Passwords.hash(PASSWORD, ITERATIONS);
  public final Vertx vertx;
  public final Gateway gateway;

  private AdminServer(Vertx vertx, Gateway gateway) {
    this.vertx = vertx;
    this.gateway = gateway;
  }

  public static AdminServer start(Path dir, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>(Map.of("JOBLINE_HTTP_PORT", "0", "JOBLINE_HTTP_HOST", "127.0.0.1",
        "JOBLINE_ADMIN_PASSWORD_ITERATIONS", Integer.toString(ITERATIONS)));
    env.putAll(org.jobline.testing.TestStores.env(dir.resolve("j.db")));
    env.putAll(extraEnv);
    AppConfig cfg = new ConfigLoader().load(null, env);
    Vertx vertx = Vertx.vertx();
    return new AdminServer(vertx, await(Gateway.start(vertx, cfg)));
  }

  public static AdminServer start(Path dir) {
    return start(dir, Map.of());
  }

  public int port() {
    return gateway.port();
  }

  public <T> T write(SqlWork<T> work) {
    return await(gateway.context().store().write(work));
  }

  public <T> T read(SqlWork<T> work) {
    return await(gateway.context().store().read(work));
  }

  /** Creates a user whose password is {@link #PASSWORD}. */
  public long user(String name, String role, Long partnerId) {
    return write(tx -> StaffUsers.create(tx, name, HASH, role, partnerId));
  }

  public long partner(String name) {
    return write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var p = c.prepareStatement("INSERT INTO partners (name) VALUES (?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
        p.setString(1, name);
        p.executeUpdate();
        var keys = p.getGeneratedKeys();
        keys.next();
        return keys.getLong(1);
      }
    });
  }

  public long count(String sql, Object... args) {
    return read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (var p = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          p.setObject(i + 1, args[i]);
        }
        var rs = p.executeQuery();
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  public static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    await(gateway.stop());
    await(vertx.close());
  }
}
