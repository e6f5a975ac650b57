package org.jobline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jobline.config.AppConfig.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Migrations on real SQLite files. The test thread waits on futures; it is not a Vert.x thread. */
@ExtendWith(VertxExtension.class)
class MigrationsTest {
  @TempDir
  Path tmp;

  private final List<Store> opened = new ArrayList<>();

  @AfterEach
  void closeStores() throws Exception {
    for (Store s : opened) {
      s.close().await(10, TimeUnit.SECONDS);
    }
  }

  private Store open(Vertx vertx, Path file) throws Exception {
    Store store = Store.open(vertx, new StoreConfig(file.toString(), 5000, 2)).await(10, TimeUnit.SECONDS);
    opened.add(store);
    return store;
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.await(10, TimeUnit.SECONDS);
  }

  /** Work on the raw connection: these tests look at SQLite itself (pragmas, schema). */
  private interface Raw<T> {
    T run(Connection c) throws java.sql.SQLException;
  }

  private static String reading(Store store, Raw<String> work) throws Exception {
    return await(store.read(tx -> work.run(tx.jdbc())));
  }

  private static String writing(Store store, Raw<String> work) throws Exception {
    return await(store.write(tx -> work.run(tx.jdbc())));
  }

  private static int version(Store store) throws Exception {
    return await(store.<Integer>read(tx -> Migrations.current(tx.jdbc())));
  }

  private static Connection jdbc(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  private static String pragma(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static List<Integer> versions(Connection c) throws SQLException {
    List<Integer> out = new ArrayList<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  @Test
  void thereIsAtLeastOneMigration() {
    assertThat(Migrations.latest()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void emptyFileIsMigratedToLatestInWalWithForeignKeys(Vertx vertx) throws Exception {
    Path file = tmp.resolve("sub").resolve("empty.db");
    Store store = open(vertx, file);

    assertThat(file).exists();
    assertThat(version(store)).isEqualTo(Migrations.latest());
    assertThat(reading(store, c -> pragma(c, "journal_mode"))).isEqualTo("wal");
    assertThat(writing(store, c -> pragma(c, "journal_mode"))).isEqualTo("wal");
    assertThat(writing(store, c -> pragma(c, "foreign_keys"))).isEqualTo("1");
    assertThat(reading(store, c -> pragma(c, "foreign_keys"))).isEqualTo("1");
    assertThat(writing(store, c -> pragma(c, "busy_timeout"))).isEqualTo("5000");
    assertThat(await(store.<List<Integer>>read(tx -> versions(tx.jdbc()))))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, Migrations.latest()).boxed().toList());
    try (Connection c = jdbc(file)) {
      assertThat(pragma(c, "journal_mode")).as("WAL is a property of the file").isEqualTo("wal");
    }
  }

  static IntStream previousVersions() {
    return IntStream.range(0, Migrations.latest());
  }

  @ParameterizedTest(name = "from version {0}")
  @MethodSource("previousVersions")
  void fileAtAnEarlierVersionIsMigratedAndKeepsItsRows(int from, Vertx vertx) throws Exception {
    Path file = tmp.resolve("v" + from + ".db");
    try (Connection c = jdbc(file)) {
      assertThat(Migrations.apply(c, from)).isEqualTo(from);
      if (from >= 1) {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("INSERT INTO subscribers (phone, region, language) VALUES ('+22890123456', 'LOM', 'fr')");
        }
      }
    }

    Store store = open(vertx, file);

    assertThat(version(store)).isEqualTo(Migrations.latest());
    if (from >= 1) {
      assertThat(reading(store, c -> {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT phone, region FROM subscribers")) {
          return rs.next() ? rs.getString(1) + " " + rs.getString(2) : null;
        }
      })).isEqualTo("+22890123456 LOM");
    }
  }

  @Test
  void v6CopiesTheAcceptanceOfMessagesSentBeforeItOntoTheirRows(Vertx vertx) throws Exception {
    Path file = tmp.resolve("v5.db");
    try (Connection c = jdbc(file); Statement s = c.createStatement()) {
      Migrations.apply(c, 5);
      s.executeUpdate("INSERT INTO outbox (id, recipient, text, kind, status, provider_id) VALUES "
          + "(1, '+22890000001', 'a', 'alert', 'delivered', 'ATXid_1'), (2, '+22890000002', 'b', 'alert', 'queued', NULL)");
      s.executeUpdate("INSERT INTO delivery_events (outbox_id, status, provider_status, created_at) VALUES "
          + "(1, 'sent', '101 Success', 1000), (1, 'delivered', 'Success', 2000)");
    }
    Store store = open(vertx, file);
    assertThat(reading(store, c -> {
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT id, sent_at, sent_status FROM outbox ORDER BY id")) {
        StringBuilder out = new StringBuilder();
        while (rs.next()) {
          out.append(rs.getLong(1)).append(' ').append(rs.getObject(2)).append(' ').append(rs.getString(3)).append(';');
        }
        return out.toString();
      }
    })).isEqualTo("1 1000 101 Success;2 null null;");
  }

  @Test
  void v7RebuildsOutboxAndAlertsKeepingEveryRowAndWhatPointsAtThem(Vertx vertx) throws Exception {
    Path file = tmp.resolve("v6.db");
    try (Connection c = jdbc(file); Statement s = c.createStatement()) {
      Migrations.apply(c, 6);
      s.execute("PRAGMA foreign_keys = ON");
      s.executeUpdate("INSERT INTO subscribers (id, phone) VALUES (1, '+22890000001')");
      s.executeUpdate("INSERT INTO vacancies (id, ref, title, trade, region, employer) VALUES (1, 'K1', 't', 'MACON', 'LOM', 'e')");
      s.executeUpdate("INSERT INTO outbox (id, recipient, subscriber_id, vacancy_id, text, kind, status, provider_id, "
          + "currency, sent_at, sent_status, created_at, updated_at) VALUES "
          + "(7, '+22890000001', 1, 1, 'Offre: maçon', 'alert', 'sent', 'ATXid_7', 'XOF', 1000, '101 Success', 900, 1000)");
      s.executeUpdate("INSERT INTO alerts (id, subscriber_id, vacancy_id, outbox_id, status, due_at, created_at) "
          + "VALUES (3, 1, 1, 7, 'sent', 800, 700)");
      s.executeUpdate("INSERT INTO delivery_events (outbox_id, status, reason, created_at) VALUES (7, 'sent', 'ok', 1000)");
    }

    Store store = open(vertx, file);

    assertThat(reading(store, c -> rows(c, "SELECT id, recipient, subscriber_id, vacancy_id, text, kind, status, "
        + "provider_id, currency, sent_at, sent_status, created_at, updated_at FROM outbox")))
        .isEqualTo("7 +22890000001 1 1 Offre: maçon alert sent ATXid_7 XOF 1000 101 Success 900 1000;");
    assertThat(reading(store, c -> rows(c, "SELECT id, subscriber_id, vacancy_id, outbox_id, status, due_at, created_at FROM alerts")))
        .isEqualTo("3 1 1 7 sent 800 700;");
    assertThat(reading(store, c -> rows(c, "SELECT e.status, o.id FROM delivery_events e JOIN outbox o ON o.id = e.outbox_id")))
        .isEqualTo("sent 7;");
    assertThat(reading(store, c -> rows(c, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN "
        + "('outbox', 'alerts') AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name")))
        .isEqualTo("alerts_by_outbox;alerts_by_subscriber_due;alerts_by_vacancy;outbox_awaiting_report;outbox_by_kind_created;"
            + "outbox_by_provider_id;outbox_by_subscriber;outbox_by_vacancy;outbox_due;outbox_ended_badly;outbox_sending;"
            + "outbox_sent_by_route;outbox_unconfirmed;");
    assertThat(reading(store, c -> rows(c, "SELECT name FROM sqlite_schema WHERE name LIKE '%v7%' OR name LIKE '%v9%'"))).isEmpty();
    assertThat(writing(store, c -> pragma(c, "foreign_keys"))).as("foreign keys are back on after the migration").isEqualTo("1");
    // What points at the rebuilt tables still holds.
    assertConstraint(store, "UPDATE alerts SET outbox_id = 99 WHERE id = 3", "FOREIGN KEY");
    assertConstraint(store, "INSERT INTO alerts (subscriber_id, vacancy_id) VALUES (1, 1)", "UNIQUE");
    assertConstraint(store, "INSERT INTO delivery_events (outbox_id, status, created_at) VALUES (99, 'sent', 1)", "FOREIGN KEY");
    assertConstraint(store, "DELETE FROM outbox WHERE id = 7", "FOREIGN KEY");
  }

  @Test
  void aMigrationThatWouldLeaveABrokenReferenceIsRefusedWithTheRowNamed() throws Exception {
    Path file = tmp.resolve("broken.db");
    try (Connection c = jdbc(file); Statement s = c.createStatement()) {
      Migrations.apply(c, 6);
      // Written with foreign keys off (a plain JDBC connection), as no Jobline store would.
      s.executeUpdate("INSERT INTO subscribers (id, phone) VALUES (1, '+22890000001')");
      s.executeUpdate("INSERT INTO vacancies (id, ref, title, trade, region, employer) VALUES (1, 'K1', 't', 'MACON', 'LOM', 'e')");
      s.executeUpdate("INSERT INTO alerts (id, subscriber_id, vacancy_id, outbox_id) VALUES (5, 1, 1, 404)");

      assertThatThrownBy(() -> Migrations.apply(c, 7))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("migration V7 failed")
          .hasMessageContaining("a row of alerts (rowid 5) points at a missing row of outbox");
      assertThat(Migrations.current(c)).as("the failed migration left nothing behind").isEqualTo(6);
      assertThat(rows(c, "SELECT id, outbox_id FROM alerts")).isEqualTo("5 404;");
    }
  }

  /**
   * SQLite checks a CHECK's {@code IN} list of three values or more by building a temporary b-tree
   * for every row it writes (a third of a status change's cost): the statuses that change on every
   * message are checked with comparisons, and still refuse an unknown value.
   */
  @Test
  void statusRulesCostNoTemporaryTablePerRowAndStillRefuseUnknownValues(Vertx vertx) throws Exception {
    Store store = open(vertx, tmp.resolve("checks.db"));
    for (String sql : List.of(
        "INSERT INTO outbox (recipient, text, kind, status) VALUES ('+22890000001', 't', 'alert', 'queued')",
        "UPDATE outbox SET status = 'sending' WHERE id = 1",
        "UPDATE outbox SET status = 'sent', provider_id = 'x' WHERE id = 1",
        "INSERT INTO alerts (subscriber_id, vacancy_id, status) VALUES (1, 1, 'pending')",
        "UPDATE alerts SET status = 'sent' WHERE outbox_id = 1")) {
      // On the writer: a read-only connection compiles writes without their constraint checks.
      assertThat(writing(store, c -> rows(c, "EXPLAIN " + sql))).as(sql).doesNotContain("OpenEphemeral");
    }
    await(store.<Void>write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO subscribers (id, phone) VALUES (1, '+22890000001')");
        s.executeUpdate("INSERT INTO vacancies (id, ref, title, trade, region, employer) VALUES (1, 'K1', 't', 'MACON', 'LOM', 'e')");
        s.executeUpdate("INSERT INTO outbox (id, recipient, text, kind) VALUES (1, '+22890000001', 't', 'reply')");
        s.executeUpdate("INSERT INTO alerts (id, subscriber_id, vacancy_id, outbox_id) VALUES (1, 1, 1, 1)");
      }
      return null;
    }));
    assertConstraint(store, "UPDATE outbox SET status = 'lost' WHERE id = 1", "CHECK");
    assertConstraint(store, "INSERT INTO outbox (recipient, text, kind) VALUES ('+22890000001', 't', 'advert')", "CHECK");
    assertConstraint(store, "UPDATE alerts SET status = 'sending' WHERE id = 1", "CHECK");
    assertThat(writing(store, c -> {
      try (Statement s = c.createStatement()) {
        for (String status : List.of("sending", "unconfirmed", "sent", "delivered", "failed", "expired", "unknown", "queued")) {
          s.executeUpdate("UPDATE outbox SET status = '" + status + "' WHERE id = 1");
        }
        for (String status : List.of("queued", "sent", "delivered", "failed", "expired", "unknown", "pending")) {
          s.executeUpdate("UPDATE alerts SET status = '" + status + "' WHERE id = 1");
        }
      }
      return rows(c, "SELECT o.status, a.status FROM outbox o JOIN alerts a ON a.outbox_id = o.id");
    })).as("every status the code uses is still allowed").isEqualTo("queued pending;");
  }

  /** Every row as its values joined by spaces, each row ending with ';'. */
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

  @Test
  void applyIsIdempotent() throws Exception {
    Path file = tmp.resolve("twice.db");
    try (Connection c = jdbc(file)) {
      assertThat(Migrations.apply(c, Migrations.latest())).isEqualTo(Migrations.latest());
      assertThat(Migrations.apply(c, Migrations.latest())).isEqualTo(Migrations.latest());
      assertThat(versions(c)).hasSize(Migrations.latest());
      assertThat(c.getAutoCommit()).as("autocommit restored").isTrue();
    }
  }

  @Test
  void newerDatabaseIsRefusedWithAClearMessage(Vertx vertx) throws Exception {
    Path file = tmp.resolve("future.db");
    int newer = Migrations.latest() + 1;
    try (Connection c = jdbc(file)) {
      Migrations.apply(c, Migrations.latest());
      try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, 0)")) {
        p.setInt(1, newer);
        p.executeUpdate();
      }
    }

    Future<Store> opening = Store.open(vertx, new StoreConfig(file.toString(), 5000, 2));
    assertThatThrownBy(() -> opening.await(10, TimeUnit.SECONDS))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("schema version " + newer)
        .hasMessageContaining("newer than this Jobline build knows (" + Migrations.latest() + ")");
  }

  @Test
  void statementsSkipCommentsAndKeepTriggerBodiesWhole() {
    String script = """
        -- a comment; with a semicolon
        CREATE TABLE a (
          id INTEGER PRIMARY KEY, -- inline note
          name TEXT
        );

          -- indented comment
        CREATE INDEX a_by_name ON a (name);
        CREATE TRIGGER a_touch AFTER UPDATE ON a
        BEGIN
          UPDATE a SET name = lower(new.name) WHERE id = new.id;
          INSERT INTO b (x) VALUES (1);
        END;
        create trigger a_gone after delete on a
        begin
          delete from b;
        end;
        INSERT INTO a (name) VALUES ('x;y');
        CREATE TABLE c (id INTEGER)
        """;
    List<String> statements = Migrations.statements(script);
    assertThat(statements).hasSize(6);
    assertThat(statements.get(0)).startsWith("CREATE TABLE a (").endsWith(");").contains("name TEXT");
    assertThat(statements.get(1)).isEqualTo("CREATE INDEX a_by_name ON a (name);");
    assertThat(statements.get(2)).startsWith("CREATE TRIGGER a_touch").contains("INSERT INTO b").endsWith("END;");
    assertThat(statements.get(3)).startsWith("create trigger a_gone").endsWith("end;");
    assertThat(statements.get(4)).isEqualTo("INSERT INTO a (name) VALUES ('x;y');");
    assertThat(statements.get(5)).isEqualTo("CREATE TABLE c (id INTEGER)");
    assertThat(statements).noneMatch(s -> s.contains("-- a comment") || s.contains("indented comment"));
  }

  @Test
  void statementFollowedByACommentOnItsLineStillEnds() {
    // sqlite-jdbc runs only the first statement of a string: a merged pair would silently lose the second.
    List<String> statements = Migrations.statements("""
        CREATE TABLE a (id INTEGER); -- first table
        CREATE TABLE b (note TEXT DEFAULT '--;'); -- second
        CREATE TRIGGER t AFTER INSERT ON a
        BEGIN
          INSERT INTO b (note) VALUES ('x'); -- inside
        END; -- trigger done
        INSERT INTO b (note) VALUES ('it''s -- not a comment;');
        """);
    assertThat(statements).hasSize(4);
    assertThat(statements.get(0)).startsWith("CREATE TABLE a").doesNotContain("CREATE TABLE b");
    assertThat(statements.get(1)).startsWith("CREATE TABLE b");
    assertThat(statements.get(2)).startsWith("CREATE TRIGGER t").contains("INSERT INTO b");
    assertThat(statements.get(3)).isEqualTo("INSERT INTO b (note) VALUES ('it''s -- not a comment;');");
  }

  @Test
  void statementsHandleWindowsLineEndings() {
    List<String> statements = Migrations.statements("CREATE TABLE a (id INTEGER);\r\n-- note\r\nCREATE TABLE b (id INTEGER);\r\n");
    assertThat(statements).hasSize(2);
  }

  @Test
  void businessUniquenessAndForeignKeysAreEnforcedByTheSchema(Vertx vertx) throws Exception {
    Store store = open(vertx, tmp.resolve("rules.db"));
    await(store.<Void>write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO subscribers (id, phone) VALUES (1, '+22890123456')");
        s.executeUpdate("INSERT INTO vacancies (id, ref, title, trade, region, employer) "
            + "VALUES (1, 'K4821', 'Maçon', 'MACON', 'LOM', 'BTP Sarl')");
        s.executeUpdate("INSERT INTO alerts (subscriber_id, vacancy_id) VALUES (1, 1)");
        s.executeUpdate("INSERT INTO interests (subscriber_id, vacancy_id, channel) VALUES (1, 1, 'sms')");
        s.executeUpdate("INSERT INTO inbound_messages (provider, provider_id, phone, text) "
            + "VALUES ('africastalking', 'ATXid_1', '+22890123456', 'STOP')");
      }
      return null;
    }));

    assertConstraint(store, "INSERT INTO alerts (subscriber_id, vacancy_id) VALUES (1, 1)", "UNIQUE");
    assertConstraint(store, "INSERT INTO interests (subscriber_id, vacancy_id, channel) VALUES (1, 1, 'ussd')", "UNIQUE");
    assertConstraint(store, "INSERT INTO inbound_messages (provider, provider_id, phone, text) "
        + "VALUES ('africastalking', 'ATXid_1', '+22890123456', 'STOP')", "UNIQUE");
    assertConstraint(store, "INSERT INTO subscribers (phone) VALUES ('+22890123456')", "UNIQUE");
    assertConstraint(store, "INSERT INTO vacancies (ref, title, trade, region, employer) "
        + "VALUES ('K4821', 't', 'MACON', 'LOM', 'e')", "UNIQUE");
    assertConstraint(store, "INSERT INTO alerts (subscriber_id, vacancy_id) VALUES (99, 1)", "FOREIGN KEY");
    assertConstraint(store, "INSERT INTO subscriber_trades (subscriber_id, position, trade) VALUES (1, 4, 'MACON')",
        "CHECK");

    // The same provider id from another provider is a different message.
    int inserted = await(store.<Integer>write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement()) {
        return s.executeUpdate("INSERT INTO inbound_messages (provider, provider_id, phone, text) "
            + "VALUES ('simulator', 'ATXid_1', '+22890123456', 'STOP')");
      }
    }));
    assertThat(inserted).isEqualTo(1);
  }

  private static void assertConstraint(Store store, String sql, String kind) {
    Future<Integer> f = store.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement()) {
        return s.executeUpdate(sql);
      }
    });
    assertThatThrownBy(() -> f.await(10, TimeUnit.SECONDS))
        .as(sql)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("SQLITE_CONSTRAINT")
        .hasMessageContaining(kind);
  }
}
