package org.jobline.admin.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.jobline.config.AppConfig;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.store.Store;
import org.jobline.store.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A starting node marks the imports that were running as interrupted (they stopped with it). On PostgreSQL
 * another node may be importing right now: only an import running for more than an hour is taken for stopped.
 */
class ImportsAcrossNodesTest {
  @TempDir
  Path dir;
  private final Vertx vertx = Vertx.vertx();
  private Store store;

  @AfterEach
  void close() {
    if (store != null) {
      await(store.close());
    }
    await(vertx.close());
  }

  @Test
  void onPostgresAStartLeavesAnotherNodesRunningImportAlone() throws Exception {
    TestPostgres.Database db = TestPostgres.newDatabase();
    store = await(Store.open(vertx, new StoreConfig(StoreConfig.POSTGRES, "", 5000, 2, AppConfig.BackupConfig.OFF,
        db.url(), db.user(), db.password(), 3)));
    long now = System.currentTimeMillis();
    job("recent", now - 60_000);
    job("old", now - 2 * 3_600_000L);
    assertThat(await(new ImportJobs(store).interruptRunning())).isEqualTo(1);
    assertThat(status("recent")).isEqualTo("running");
    assertThat(status("old")).isEqualTo("interrupted");
  }

  @Test
  void onSqliteAStartInterruptsEveryRunningImport() {
    store = await(Store.open(vertx, new StoreConfig(dir.resolve("one.db").toString(), 5000, 2)));
    long now = System.currentTimeMillis();
    job("recent", now - 60_000);
    assertThat(await(new ImportJobs(store).interruptRunning())).isEqualTo(1);
    assertThat(status("recent")).isEqualTo("interrupted");
  }

  private void job(String token, long startedAt) {
    await(store.write(tx -> {
      try (PreparedStatement p = tx.jdbc().prepareStatement("INSERT INTO import_jobs (token, owner, file_name, publish, "
          + "invalid, status, created_at, updated_at) VALUES (?, 'admin', 'f.csv', 1, 0, 'running', ?, ?)")) {
        p.setString(1, token);
        p.setLong(2, startedAt);
        p.setLong(3, startedAt);
        return p.executeUpdate();
      }
    }));
  }

  private String status(String token) {
    return await(store.read(tx -> {
      try (PreparedStatement p = tx.jdbc().prepareStatement("SELECT status FROM import_jobs WHERE token = ?")) {
        p.setString(1, token);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          return rs.getString(1);
        }
      }
    }));
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("future did not succeed: " + e, e);
    }
  }
}
