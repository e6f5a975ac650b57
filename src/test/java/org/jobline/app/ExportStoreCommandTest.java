package org.jobline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.cli.Cli;
import org.jobline.config.AppConfig;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.outbox.OutboundSms;
import org.jobline.outbox.Outbox;
import org.jobline.store.Store;
import org.jobline.store.postgres.TestPostgres;
import org.jobline.subscriber.Subscribers;
import org.jobline.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export-store: a SQLite database with rows in the main tables (more outbox rows than one batch) is copied
 * into an empty PostgreSQL database and back into a new SQLite file, every table's rows equal; the ids go on
 * after the copied ones; a non-empty target and a bad target are refused with one clear line.
 */
class ExportStoreCommandTest {
  private static final List<String> TABLES = List.of("partners", "vacancies", "subscribers", "subscriber_trades",
      "outbox", "interests", "audit_log");
  @TempDir
  Path dir;
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Test
  void copiesSqliteIntoAnEmptyPostgresAndBackWithEveryRow() throws Exception {
    TestPostgres.Database pg = TestPostgres.newDatabase();
    Path source = dir.resolve("source.db");
    AppConfig config = TestConfig.load(dir, Map.of("JOBLINE_STORE_ENGINE", "sqlite", "JOBLINE_STORE_PATH", source.toString()));
    fill(config);
    Map<String, String> expected = fingerprints(sqlite(source));

    String target = "postgres://" + pg.user() + ":" + pg.password() + "@" + pg.url().substring("jdbc:postgresql://".length());
    Run toPostgres = export(Map.of("JOBLINE_STORE_PATH", source.toString()), target);
    assertThat(toPostgres.code).as(toPostgres.err).isZero();
    assertThat(toPostgres.out).contains("outbox").contains("2,500 rows").contains("export-store:");
    StoreConfig postgres = new StoreConfig(StoreConfig.POSTGRES, "", 5000, 1, AppConfig.BackupConfig.OFF, pg.url(),
        pg.user(), pg.password(), 2);
    assertThat(fingerprints(postgres)).isEqualTo(expected);

    Store onPostgres = await(Store.open(vertx, postgres));
    long analyzed = await(onPostgres.read(tx -> {
      try (var st = tx.jdbc().createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM pg_stat_user_tables "
          + "WHERE relname IN ('subscribers', 'subscriber_trades', 'vacancies') AND last_analyze IS NOT NULL")) {
        rs.next();
        return rs.getLong(1);
      }
    }));
    assertThat(analyzed).as("the copy leaves planner statistics (ANALYZE), not plans for empty tables").isEqualTo(3);
    long newId = await(onPostgres.write(tx -> Subscribers.register(tx, "+22890999999", "LOM", List.of("MACON"), "fr", "sms").id()));
    await(onPostgres.close());
    assertThat(newId).as("ids go on after the copied ones").isEqualTo(301);

    Path back = dir.resolve("back.db");
    Run toSqlite = export(Map.of("JOBLINE_STORE_ENGINE", "postgres", "JOBLINE_STORE_URL", pg.url(),
        "JOBLINE_STORE_USER", pg.user(), "JOBLINE_STORE_PASSWORD", pg.password()), "sqlite:" + back);
    assertThat(toSqlite.code).as(toSqlite.err).isZero();
    Map<String, String> afterRoundTrip = fingerprints(sqlite(back));
    assertThat(afterRoundTrip.get("subscribers")).isNotEqualTo(expected.get("subscribers")); // one more subscriber
    afterRoundTrip.remove("subscribers");
    afterRoundTrip.remove("subscriber_trades");
    Map<String, String> rest = new LinkedHashMap<>(expected);
    rest.remove("subscribers");
    rest.remove("subscriber_trades");
    assertThat(afterRoundTrip).isEqualTo(rest);

    Run again = export(Map.of("JOBLINE_STORE_PATH", source.toString()), target);
    assertThat(again.code).isEqualTo(1);
    assertThat(again.err).contains("not empty").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aTargetThatIsNeitherPostgresNorSqliteIsAUsageError() {
    Run r = export(Map.of("JOBLINE_STORE_PATH", dir.resolve("s.db").toString()), "ftp://somewhere/db");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("postgres://").contains("sqlite:");
    Run noUser = export(Map.of("JOBLINE_STORE_PATH", dir.resolve("s.db").toString()), "postgres://localhost:5432/jobline");
    assertThat(noUser.code).isEqualTo(2);
    assertThat(noUser.err).contains("needs a user");
  }

  private void fill(AppConfig config) {
    Store store = await(Store.open(vertx, config.store()));
    Outbox outbox = new Outbox(config.sms());
    await(store.write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO partners (name, kind) VALUES (?, 'ngo')")) {
        for (int i = 1; i <= 3; i++) {
          p.setString(1, "Partenaire " + i);
          p.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO vacancies (ref, title, trade, region, employer, partner_id, status)"
          + " VALUES (?, ?, 'MACON', 'LOM', 'BTP Lomé', ?, 'open')")) {
        for (int i = 1; i <= 5; i++) {
          p.setString(1, "K" + (4800 + i));
          p.setString(2, "Maçon n°" + i + " — « chantier »");
          p.setLong(3, 1 + i % 3);
          p.executeUpdate();
        }
      }
      for (int i = 0; i < 300; i++) {
        Subscribers.register(tx, String.format("+2289%07d", i), i % 2 == 0 ? "LOM" : "KAR", List.of("MACON", "ELEC"),
            i % 3 == 0 ? "en" : "fr", "sms");
      }
      for (int i = 0; i < 2_500; i++) {
        outbox.enqueue(tx, OutboundSms.reply(String.format("+2289%07d", i % 300), (long) (i % 300) + 1, "Réponse " + i, "fr"));
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO interests (subscriber_id, vacancy_id, channel) VALUES (?, ?, 'sms')")) {
        for (int i = 1; i <= 10; i++) {
          p.setLong(1, i);
          p.setLong(2, 1 + i % 5);
          p.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (actor, action, detail) VALUES ('admin', 'test', ?)")) {
        p.setString(1, "détail");
        p.executeUpdate();
      }
      return null;
    }));
    await(store.close());
  }

  /** Per table: its row count and a digest of every row's values in id order. */
  private Map<String, String> fingerprints(StoreConfig config) {
    Store store = await(Store.open(vertx, config));
    try {
      return await(store.read(tx -> {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : TABLES) {
          java.security.MessageDigest md = sha256();
          long rows = 0;
          try (PreparedStatement p = tx.jdbc().prepareStatement("SELECT * FROM " + table + " ORDER BY 1, 2");
               ResultSet rs = p.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              rows++;
              for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                String s = v instanceof Number num ? (num instanceof Double || num instanceof java.math.BigDecimal
                    ? Double.toString(num.doubleValue()) : Long.toString(num.longValue())) : String.valueOf(v);
                md.update((s + "|").getBytes(StandardCharsets.UTF_8));
              }
            }
          }
          out.put(table, rows + " rows " + java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16));
        }
        return out;
      }));
    } finally {
      await(store.close());
    }
  }

  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StoreConfig sqlite(Path file) {
    return new StoreConfig(file.toString(), 5000, 1);
  }

  private record Run(int code, String out, String err) {}

  private Run export(Map<String, String> env, String target) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(Map.of("export-store", new ExportStoreCommand(Map.of())), new String[] {"export-store", "--to", target},
        env, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.await(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
