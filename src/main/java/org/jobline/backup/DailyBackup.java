package org.jobline.backup;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.WorkerExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jobline.config.AppConfig.BackupConfig;
import org.jobline.config.AppConfig.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** store.backup: once a day at the configured time, a checked copy into the folder; old copies pruned. */
public final class DailyBackup extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(DailyBackup.class);
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'jobline-'yyyyMMdd-HHmm'.db'");

  private final StoreConfig store;
  private final BackupConfig backup;
  private final ZoneId zone;
  private WorkerExecutor worker;
  private long timer = -1;

  public DailyBackup(StoreConfig store, ZoneId zone) {
    this.store = store;
    this.backup = store.backup();
    this.zone = zone;
  }

  @Override
  public Future<?> start() {
    worker = vertx.createSharedWorkerExecutor("jobline-backup", 1);
    scheduleNext();
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    return worker.close();
  }

  private void scheduleNext() {
    ZonedDateTime now = ZonedDateTime.now(zone);
    Duration wait = untilNext(now, LocalTime.parse(backup.time()));
    log.info("next daily backup at {} into {}", now.plus(wait).withNano(0), Path.of(backup.folder()).toAbsolutePath());
    timer = vertx.setTimer(Math.max(1, wait.toMillis()), id -> backupAt(ZonedDateTime.now(zone))
        .onComplete(ar -> scheduleNext()));
  }

  /** Makes the copy named after {@code now} and prunes the folder to the newest {@code keep}. */
  public Future<Path> backupAt(ZonedDateTime now) {
    Path folder = Path.of(backup.folder());
    Path target = folder.resolve(NAME.format(now));
    return worker.<Path>executeBlocking(() -> {
      long bytes = Backups.copy(Path.of(store.path()), target, store.busyTimeoutMs());
      log.info("daily backup {} ({} KB); removed {}", target.toAbsolutePath(), bytes / 1024,
          Backups.prune(folder, backup.keep()).size());
      return target;
    }).onFailure(e -> log.error("daily backup to {} failed: {}", target.toAbsolutePath(), e.getMessage()));
  }

  /** The wait from {@code now} to the next {@code at} (tomorrow's when today's has passed). */
  static Duration untilNext(ZonedDateTime now, LocalTime at) {
    ZonedDateTime next = now.with(at).withSecond(0).withNano(0);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return Duration.between(now, next);
  }

  static boolean isDailyCopy(Path file) {
    return file.getFileName().toString().matches("jobline-\\d{8}-\\d{4}\\.db");
  }
}
