package org.jobline.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.jobline.app.StoreReadiness;
import org.jobline.config.AppConfig.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Failures that must tell the truth (issue 25 point 6): a full disk, a read-only database. */
class StoreFailuresTest {
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    await(vertx.close());
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Throwable failure(Future<?> f) {
    try {
      f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the future succeeded");
  }

  @Test
  void aFullDiskIsReportedAsSuchInTheErrorAndInReady() {
    Store store = await(Store.open(vertx, new StoreConfig(tmp.resolve("full.db").toString(), 5000, 1)));
    // SQLite's own size limit: past it every write that needs a new page fails with SQLITE_FULL,
    // as on a full file system.
    await(store.<Void>write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE filler (x TEXT)");
      }
      return null;
    }));
    await(store.<Void>write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA max_page_count = " + pageCount(c));
      }
      return null;
    }));
    Throwable e = failure(store.<Void>write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO filler (x) VALUES (?)")) {
        for (int i = 0; i < 200; i++) {
          p.setString(1, "x".repeat(4000));
          p.executeUpdate();
        }
      }
      return null;
    }));
    assertThat(e).isInstanceOf(DiskFull.class).hasMessageStartingWith("disk full");
    assertThat(e.getMessage()).doesNotContain("no transaction is active");
    assertThat(store.diskFull()).isTrue();
    JsonObject ready = await(new StoreReadiness(store).check());
    assertThat(ready.getBoolean("ok")).isFalse();
    assertThat(ready.getString("error")).startsWith("disk full");
    // The connection is usable again: a write that fits still commits.
    Integer deleted = await(store.<Integer>write(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement()) {
        return s.executeUpdate("DELETE FROM filler");
      }
    }));
    assertThat(deleted).as("the failed transaction left no row").isZero();
    await(store.close());
  }

  private static long pageCount(java.sql.Connection c) throws java.sql.SQLException {
    try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aStartOnAReadOnlyDatabaseNamesTheFixAndLeavesNoWalOrShm() throws Exception {
    Path file = tmp.resolve("ro.db");
    StoreConfig config = new StoreConfig(file.toString(), 5000, 1);
    await(await(Store.open(vertx, config)).close());
    Path wal = tmp.resolve("ro.db-wal");
    Path shm = tmp.resolve("ro.db-shm");
    assertThat(wal).doesNotExist();
    boolean root = "root".equals(System.getProperty("user.name"));
    // chmod does not stop root: an immutable file does (chattr +i, as on a read-only mount).
    if (root) {
      Assumptions.assumeTrue(run("chattr", "+i", file.toString()) == 0, "chattr +i is not available here: skipped");
    } else {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    }
    try {
      Throwable e = failure(Store.open(vertx, config));
      assertThat(e.getMessage()).contains("ro.db").contains("cannot be written by this user").contains("Fix:")
          .contains("store.path");
      assertThat(wal).as("no -wal left to break the next start").doesNotExist();
      assertThat(shm).doesNotExist();
    } finally {
      if (root) {
        run("chattr", "-i", file.toString());
      }
    }
    // Once writable again, it starts.
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    await(await(Store.open(vertx, config)).close());
  }

  private static int run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (Exception e) {
      return -1;
    }
  }
}
