package org.jobline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jobline.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresMigrationsTest {
  @TempDir
  Path tmp;

  @Test
  void applyIsIdempotentAndRestoresAutocommit() throws SQLException {
    try (Connection c = TestPostgres.newDatabase().connect()) {
      assertThat(PostgresMigrations.apply(c, PostgresMigrations.latest())).isEqualTo(PostgresMigrations.latest());
      assertThat(PostgresMigrations.apply(c, PostgresMigrations.latest())).isEqualTo(PostgresMigrations.latest());
      assertThat(rows(c, "SELECT count(*), min(version), max(version) FROM schema_version"))
          .isEqualTo(PostgresMigrations.latest() + " 1 " + PostgresMigrations.latest() + ";");
      assertThat(c.getAutoCommit()).as("autocommit restored").isTrue();
    }
  }

  @Test
  void aNewerDatabaseIsRefusedWithSqlitesMessage() throws SQLException {
    int newer = PostgresMigrations.latest() + 1;
    String sqliteMessage;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("future.db"))) {
      Migrations.apply(c, Migrations.latest());
      c.createStatement().executeUpdate("INSERT INTO schema_version (version, applied_at) VALUES (" + newer + ", 0)");
      sqliteMessage = catchMessage(() -> Migrations.apply(c, Migrations.latest()));
    }
    try (Connection c = TestPostgres.newDatabase().connect()) {
      PostgresMigrations.apply(c, PostgresMigrations.latest());
      c.createStatement().executeUpdate("INSERT INTO schema_version (version, applied_at) VALUES (" + newer + ", 0)");
      assertThatThrownBy(() -> PostgresMigrations.apply(c, PostgresMigrations.latest()))
          .isInstanceOf(SQLException.class)
          .hasMessage(sqliteMessage)
          .hasMessageContaining("schema version " + newer);
      assertThat(rows(c, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).as("lock let go").isEqualTo("0;");
    }
  }

  /** Two nodes starting together on an empty database: one migrates, the other waits and finds nothing to do. */
  @Test
  void twoNodesMigratingAtOnceApplyEachVersionOnce() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> node = () -> {
        try (Connection c = db.connect()) {
          return PostgresMigrations.apply(c, PostgresMigrations.latest());
        }
      };
      List<Future<Integer>> both = pool.invokeAll(List.of(node, node), 120, TimeUnit.SECONDS);
      for (Future<Integer> f : both) {
        assertThat(f.get()).isEqualTo(PostgresMigrations.latest());
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = db.connect()) {
      assertThat(rows(c, "SELECT count(*) FROM schema_version")).isEqualTo(PostgresMigrations.latest() + ";");
    }
  }

  @Test
  void v6CopiesEachSentRowsAcceptanceFromItsEvents() throws SQLException {
    try (Connection c = TestPostgres.newDatabase().connect(); Statement s = c.createStatement()) {
      PostgresMigrations.apply(c, 5);
      s.executeUpdate("INSERT INTO outbox (id, recipient, text, kind, status, provider_id) VALUES "
          + "(1, '+22890000001', 'a', 'alert', 'delivered', 'ATXid_1'), (2, '+22890000002', 'b', 'alert', 'queued', NULL)");
      s.executeUpdate("INSERT INTO delivery_events (outbox_id, status, provider_status, created_at) VALUES "
          + "(1, 'sent', '101 Success', 1000), (1, 'delivered', 'Success', 2000)");
      PostgresMigrations.apply(c, PostgresMigrations.latest());
      assertThat(rows(c, "SELECT id, sent_at, sent_status FROM outbox ORDER BY id")).isEqualTo("1 1000 101 Success;2 null null;");
    }
  }

  @Test
  void businessRulesAreEnforcedByTheSchema() throws SQLException {
    try (Connection c = TestPostgres.newDatabase().connect(); Statement s = c.createStatement()) {
      PostgresMigrations.apply(c, PostgresMigrations.latest());
      s.executeUpdate("INSERT INTO partners (name) VALUES ('BTP Sarl')");
      s.executeUpdate("INSERT INTO staff_users (username, password_hash, role) VALUES ('Amivi', 'h', 'admin')");
      s.executeUpdate("INSERT INTO subscribers (phone) VALUES ('+22890123456')");
      s.executeUpdate("INSERT INTO vacancies (ref, title, trade, region, employer) VALUES ('K4821', 'Maçon', 'MACON', 'LOM', 'BTP')");
      s.executeUpdate("INSERT INTO alerts (subscriber_id, vacancy_id) VALUES (1, 1)");
      s.executeUpdate("INSERT INTO outbox (recipient, text, kind) VALUES ('+22890123456', 't', 'alert')");
      s.executeUpdate("INSERT INTO inbound_messages (provider, provider_id, phone, text) VALUES ('at', 'ATXid_1', '+228', 'STOP')");

      String unique = "23505";
      String check = "23514";
      String foreignKey = "23503";
      assertRefused(c, "INSERT INTO alerts (subscriber_id, vacancy_id) VALUES (1, 1)", unique);
      assertRefused(c, "INSERT INTO inbound_messages (provider, provider_id, phone, text) VALUES ('at', 'ATXid_1', '+228', 'x')", unique);
      assertRefused(c, "INSERT INTO subscribers (phone) VALUES ('+22890123456')", unique);
      assertRefused(c, "INSERT INTO staff_users (username, password_hash, role) VALUES ('AMIVI', 'h', 'staff')", unique);
      assertRefused(c, "INSERT INTO partners (name) VALUES ('btp sarl')", unique);
      assertRefused(c, "INSERT INTO alerts (subscriber_id, vacancy_id) VALUES (99, 1)", foreignKey);
      assertRefused(c, "INSERT INTO subscriber_trades (subscriber_id, position, trade) VALUES (1, 4, 'MACON')", check);
      assertRefused(c, "UPDATE outbox SET status = 'lost'", check);
      assertRefused(c, "UPDATE alerts SET status = 'sending'", check);
      assertRefused(c, "INSERT INTO staff_users (username, password_hash, role) VALUES ('p', 'h', 'partner')", check);
      assertRefused(c, "UPDATE staff_users SET disabled = 2", check);

      for (String status : List.of("sending", "unconfirmed", "sent", "delivered", "failed", "expired", "unknown", "queued")) {
        s.executeUpdate("UPDATE outbox SET status = '" + status + "'");
      }
      for (String status : List.of("queued", "sent", "delivered", "failed", "expired", "unknown", "pending")) {
        s.executeUpdate("UPDATE alerts SET status = '" + status + "'");
      }
      assertThat(rows(c, "SELECT id FROM staff_users WHERE username = 'aMiVi'")).as("NOCASE equality").isEqualTo("1;");
      long before = System.currentTimeMillis();
      assertThat(Long.parseLong(rows(c, "SELECT created_at FROM subscribers").replace(";", "")))
          .as("created_at defaults to now in epoch ms").isBetween(before - 600_000, before + 1_000);
    }
  }

  @Test
  void scriptsSplitOnSemicolonsOutsideTextAndComments() {
    List<String> statements = SqlText.statements("""
        -- a comment; with a semicolon
        CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
        CREATE TABLE b (note TEXT DEFAULT '--;'); -- second
        /* block; */ INSERT INTO b (note) VALUES ('it''s; fine');
        -- only a comment at the end;
        """);
    assertThat(statements).hasSize(3);
    assertThat(statements.get(0)).contains("CREATE FUNCTION").endsWith("$$;");
    assertThat(statements.get(1)).startsWith("CREATE TABLE b").endsWith("'--;');");
    assertThat(statements.get(2)).endsWith("VALUES ('it''s; fine');");
  }

  private static void assertRefused(Connection c, String sql, String sqlState) {
    assertThatThrownBy(() -> c.createStatement().executeUpdate(sql)).as(sql)
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(sqlState));
  }

  private interface Failing {
    void run() throws Exception;
  }

  private static String catchMessage(Failing f) {
    try {
      f.run();
    } catch (Exception e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a failure");
  }

  private static String rows(Connection c, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          out.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        out.append(';');
      }
    }
    return out.toString();
  }
}
