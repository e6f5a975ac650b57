package org.jobline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jobline.config.AppConfig.BackupConfig;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.postgres.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test of "a UNIQUE constraint refused this row" for both engines' errors. */
class UniqueViolationTest {
  private static final String VACANCY = "INSERT INTO vacancies (ref, title, trade, region, employer) "
      + "VALUES ('A0001', 'Maçon', 'macon', 'maritime', 'X')";

  @TempDir
  Path dir;

  @Test
  void sqlite() throws Exception {
    SqliteConnections sqlite = new SqliteConnections(new StoreConfig(dir.resolve("u.db").toString(), 5000, 1));
    try {
      sqlite.open();
      check(sqlite.forWrite());
    } finally {
      sqlite.close();
    }
  }

  @Test
  void postgres() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    PostgresConnections postgres = new PostgresConnections(new StoreConfig(StoreConfig.POSTGRES, "", 5000, 1,
        BackupConfig.OFF, db.url(), db.user(), db.password(), 2));
    try {
      postgres.open();
      Connection c = postgres.forWrite();
      try {
        check(c);
      } finally {
        postgres.release(c);
      }
    } finally {
      postgres.close();
    }
  }

  private static void check(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(VACANCY);
      SQLException taken = catchThrowableOfType(SQLException.class, () -> s.executeUpdate(VACANCY));
      assertThat(UniqueViolation.on(taken, "vacancies", "ref")).isTrue();
      assertThat(UniqueViolation.on(taken, "vacancies", "title")).isFalse();
      assertThat(UniqueViolation.on(taken, "partners", "ref")).isFalse();

      SQLException notUnique = catchThrowableOfType(SQLException.class,
          () -> s.executeUpdate("INSERT INTO vacancies (ref, title, trade, region, employer) VALUES ('B0001', NULL, 'm', 'r', 'X')"));
      assertThat(UniqueViolation.on(notUnique, "vacancies", "ref")).isFalse();
    }
  }
}
