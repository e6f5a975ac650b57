package org.jobline.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Blocking backup operations on SQLite files (CLI main thread or a worker, never an event loop).
 * A backup is {@code VACUUM INTO} a temporary file, checked, then moved to its name: a file with
 * the final name is always a complete, checked copy.
 */
public final class Backups {
  private Backups() {}

  /** Copies the live database {@code db} to {@code target} (which must not exist); returns its size in bytes. */
  public static long copy(Path db, Path target, int busyTimeoutMs) throws SQLException, IOException {
    if (!Files.isRegularFile(db)) {
      throw new IOException("no database at " + db.toAbsolutePath());
    }
    if (Files.exists(target)) {
      throw new IOException(target + " already exists; choose another name");
    }
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path part = parent.resolve(target.getFileName() + ".part");
    Files.deleteIfExists(part);
    try (Connection c = open(db, busyTimeoutMs, true);
         PreparedStatement vacuum = c.prepareStatement(BackupSql.VACUUM_INTO)) {
      vacuum.setString(1, part.toString());
      vacuum.execute();
    }
    String check = integrity(part);
    if (!"ok".equals(check)) {
      Files.deleteIfExists(part);
      throw new IOException("the copy failed its integrity check: " + check);
    }
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    return Files.size(target);
  }

  /** {@code PRAGMA integrity_check} of a database file: "ok" or the first problem. */
  public static String integrity(Path file) throws SQLException {
    try (Connection c = open(file, 5000, true); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(BackupSql.INTEGRITY_CHECK)) {
      return rs.next() ? rs.getString(1) : "no answer";
    }
  }

  /** The schema version a Jobline database file is at; an SQLException if it is not one. */
  static int schemaVersion(Path file) throws SQLException {
    try (Connection c = open(file, 5000, true); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(BackupSql.SCHEMA_VERSION)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Deletes the oldest {@code jobline-*.db} copies in {@code folder} beyond the newest {@code keep}. */
  static List<Path> prune(Path folder, int keep) throws IOException {
    List<Path> copies;
    try (var files = Files.list(folder)) {
      copies = new ArrayList<>(files.filter(DailyBackup::isDailyCopy).sorted().toList());
    }
    List<Path> deleted = new ArrayList<>();
    for (int i = 0; i < copies.size() - keep; i++) {
      Files.deleteIfExists(copies.get(i));
      deleted.add(copies.get(i));
    }
    return deleted;
  }

  static Connection open(Path file, int busyTimeoutMs, boolean readOnly) throws SQLException {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setBusyTimeout(busyTimeoutMs);
    sqlite.setReadOnly(readOnly);
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), sqlite.toProperties());
  }
}
