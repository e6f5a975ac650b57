package org.jobline.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Puts a backup in place of the database, with the gateway stopped: checks the backup, refuses
 * while anything has the live file open, keeps the old database beside it, copies the backup in.
 */
final class Restore {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private Restore() {}

  /** Returns where the previous database was kept, or null when there was none. */
  static Path restore(Path backup, Path db) throws IOException, SQLException {
    if (!Files.isRegularFile(backup)) {
      throw new IOException("no backup file at " + backup.toAbsolutePath());
    }
    String check = Backups.integrity(backup);
    if (!"ok".equals(check)) {
      throw new IOException(backup + " fails its integrity check: " + check);
    }
    try {
      Backups.schemaVersion(backup);
    } catch (SQLException e) {
      throw new IOException(backup + " is not a Jobline database (no schema_version table)");
    }
    Path kept = null;
    if (Files.exists(db)) {
      closeForGood(db);
      kept = db.resolveSibling(db.getFileName() + ".before-restore-" + LocalDateTime.now().format(STAMP));
      Files.move(db, kept);
    }
    Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
    Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
    Path part = db.resolveSibling(db.getFileName() + ".restoring");
    Files.createDirectories(db.toAbsolutePath().getParent());
    Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
    Files.move(part, db, StandardCopyOption.ATOMIC_MOVE);
    return kept;
  }

  /** Takes the live file exclusively (fails while a gateway or a CLI has it open) and folds its WAL in. */
  private static void closeForGood(Path db) throws IOException, SQLException {
    try (Connection c = Backups.open(db, 0, false); Statement s = c.createStatement()) {
      s.execute(BackupSql.EXCLUSIVE_MODE);
      try {
        s.execute(BackupSql.BEGIN_EXCLUSIVE);
      } catch (SQLException busy) {
        throw new IOException(db.toAbsolutePath() + " is in use (is the gateway running?): stop it, then restore");
      }
      s.execute(BackupSql.COMMIT);
      s.execute(BackupSql.CHECKPOINT);
    }
  }
}
