package org.jobline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jobline.app.Gateway;
import org.jobline.config.AppConfig.BackupConfig;
import org.jobline.config.AppConfig.StoreConfig;
import org.jobline.subscriber.Subscribers;
import org.jobline.testing.TestGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup FILE while the gateway runs, restore FILE once it is stopped, and the daily copies. */
class BackupRestoreTest {
  @TempDir
  Path tmp;
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    await(vertx.close());
  }

  @Test
  void restoredCopyStartsAndHoldsTheSameRows() throws Exception {
    Path db = tmp.resolve("jobline.db");
    Path backup = tmp.resolve("saved").resolve("copy.db");
    Gateway gateway = await(TestGateway.start(vertx, tmp));
    register(gateway, 3, 0);

    Result saved = cli("backup", backup.toString());
    assertThat(saved.code()).as(saved.err()).isZero();
    assertThat(saved.out()).contains("backup: ").contains("integrity ok");
    register(gateway, 2, 100);
    assertThat(subscribers(gateway)).isEqualTo(5);

    Result refused = cli("restore", backup.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("is in use").contains("stop it");
    assertThat(cli("backup", backup.toString()).err()).as("never overwrites").contains("already exists");

    await(gateway.stop());
    Result restored = cli("restore", backup.toString());
    assertThat(restored.code()).as(restored.err()).isZero();
    assertThat(restored.out()).contains("previous database is kept as");
    try (var kept = Files.list(tmp)) {
      assertThat(kept.filter(p -> p.getFileName().toString().startsWith("jobline.db.before-restore-"))).hasSize(1);
    }

    Gateway again = await(TestGateway.start(vertx, tmp));
    assertThat(again.context().store().path()).isEqualTo(db.toString());
    assertThat(subscribers(again)).as("the rows of the backup, not the later ones").isEqualTo(3);
    assertThat(await(TestGateway.client(vertx, again).get("/ready").send()).statusCode()).isEqualTo(200);
    register(again, 1, 200);
    assertThat(subscribers(again)).isEqualTo(4);
    await(again.stop());
  }

  @Test
  void restoreRefusesAFileThatIsNotAJoblineDatabase() throws Exception {
    Path junk = tmp.resolve("junk.db");
    Files.writeString(junk, "not sqlite at all, just text that is long enough to be read as a header....");
    Result r = cli("restore", junk.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("restore failed").doesNotContain("Exception");
    assertThat(tmp.resolve("jobline.db")).doesNotExist();
    assertThat(cli("backup").code()).as("usage error").isEqualTo(2);
  }

  @Test
  void dailyCopiesKeepTheNewest() throws Exception {
    Gateway gateway = await(TestGateway.start(vertx, tmp));
    register(gateway, 1, 0);
    Path folder = tmp.resolve("daily");
    StoreConfig store = new StoreConfig(tmp.resolve("jobline.db").toString(), 5000, 1,
        new BackupConfig(folder.toString(), "02:30", 2));
    DailyBackup daily = new DailyBackup(store, ZoneId.of("Africa/Lome"));
    await(vertx.deployVerticle(daily));
    ZonedDateTime day = ZonedDateTime.of(2026, 3, 1, 2, 30, 0, 0, ZoneId.of("Africa/Lome"));
    for (int i = 0; i < 3; i++) {
      Path copy = await(daily.backupAt(day.plusDays(i)));
      assertThat(Backups.integrity(copy)).isEqualTo("ok");
    }
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("jobline-20260302-0230.db", "jobline-20260303-0230.db");
    }
    await(gateway.stop());
  }

  @Test
  void nextRunIsTodayOrTomorrow() {
    ZonedDateTime morning = ZonedDateTime.of(2026, 3, 1, 1, 0, 0, 0, ZoneId.of("Africa/Lome"));
    assertThat(DailyBackup.untilNext(morning, LocalTime.of(2, 30))).isEqualTo(Duration.ofMinutes(90));
    assertThat(DailyBackup.untilNext(morning.withHour(3), LocalTime.of(2, 30))).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
  }

  private record Result(int code, String out, String err) {}

  private Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = Map.of("JOBLINE_STORE_PATH", tmp.resolve("jobline.db").toString(),
        "JOBLINE_STORE_BACKUP_TIME", "off");
    int code = org.jobline.app.Commands.run(args, env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void register(Gateway gateway, int count, int from) {
    await(gateway.context().store().write(tx -> {
      for (int i = from; i < from + count; i++) {
        Subscribers.register(tx, String.format("+2289%07d", i), "MAR", List.of("T1"), "fr", "sms");
      }
      return null;
    }));
  }

  private long subscribers(Gateway gateway) {
    return await(gateway.context().store().read(tx -> {
      java.sql.Connection c = tx.jdbc();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM subscribers")) {
        rs.next();
        return rs.getLong(1);
      }
    }));
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
