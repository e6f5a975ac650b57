package org.jobline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.jobline.cli.Cli;
import org.jobline.store.Migrations;
import org.jobline.store.postgres.PostgresMigrations;
import org.jobline.store.postgres.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobline migrate} brings a new database to this build's schema on either engine, without starting the gateway. */
class MigrateCommandTest {
  @TempDir
  Path dir;

  @Test
  void migratesANewSqliteFile() throws Exception {
    Path file = dir.resolve("m.db");
    String out = migrate(Map.of("JOBLINE_STORE_PATH", file.toString()));
    assertThat(out).contains("schema version " + Migrations.latest());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         ResultSet rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
      assertThat(rs.next() && rs.getInt(1) == Migrations.latest()).isTrue();
    }
  }

  @Test
  void migratesANewPostgresDatabase() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    String out = migrate(Map.of("JOBLINE_STORE_ENGINE", "postgres", "JOBLINE_STORE_URL", db.url(),
        "JOBLINE_STORE_USER", db.user(), "JOBLINE_STORE_PASSWORD", db.password()));
    assertThat(out).contains("schema version " + PostgresMigrations.latest()).doesNotContain(db.password());
    try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
      assertThat(rs.next() && rs.getInt(1) == PostgresMigrations.latest()).isTrue();
    }
  }

  private static String migrate(Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(Map.of("migrate", new MigrateCommand()), new String[] {"migrate"}, env,
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }
}
